import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005211_identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "clinic" ("id" uuid not null, "created_at" timestamptz not null, "name" varchar(255) not null, "org_number" varchar(9) not null, "integration_active" boolean not null default false, "several_departments_notified_at" timestamptz null, constraint "clinic_pkey" primary key ("id"));`);
    this.addSql(`alter table "clinic" add constraint "clinic_org_number_unique" unique ("org_number");`);

    this.addSql(`create table "department" ("id" uuid not null, "created_at" timestamptz not null, "clinic_id" uuid not null, "name" varchar(255) not null, "street" varchar(255) not null, "postcode" varchar(4) not null, "city" varchar(255) not null, "registered_with_network_at" timestamptz null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`create index "department_clinic_id_index" on "department" ("clinic_id");`);

    this.addSql(`create table "insurer" ("id" uuid not null, "created_at" timestamptz not null, "name" varchar(255) not null, "org_number" varchar(9) not null, "offers_psychologist_booking" boolean not null default false, "has_patient_app" boolean not null default false, "app_name" varchar(255) null, constraint "insurer_pkey" primary key ("id"));`);
    this.addSql(`alter table "insurer" add constraint "insurer_name_unique" unique ("name");`);
    this.addSql(`alter table "insurer" add constraint "insurer_org_number_unique" unique ("org_number");`);

    this.addSql(`create table "practitioner" ("id" uuid not null, "created_at" timestamptz not null, "clinic_id" uuid not null, "name" varchar(255) not null, "profession" text check ("profession" in ('physiotherapist', 'manual_therapist', 'psychomotor_physiotherapist', 'chiropractor', 'osteopath', 'naprapath', 'psychologist', 'other')) not null, "hpr_number" varchar(255) null, constraint "practitioner_pkey" primary key ("id"));`);
    this.addSql(`create index "practitioner_clinic_id_index" on "practitioner" ("clinic_id");`);

    this.addSql(`create table "sign_in_attempt" ("id" uuid not null, "email" varchar(255) not null, "ip" varchar(255) not null, "at" timestamptz not null, constraint "sign_in_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_attempt_email_index" on "sign_in_attempt" ("email");`);
    this.addSql(`create index "sign_in_attempt_ip_index" on "sign_in_attempt" ("ip");`);
    this.addSql(`create index "sign_in_attempt_at_index" on "sign_in_attempt" ("at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" text not null, "role" text check ("role" in ('network_operator', 'support', 'clinic_admin', 'practitioner', 'insurer_agent')) not null, "insurer_id" uuid null, "practitioner_id" uuid null, "locale" varchar(2) not null default 'nb', constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(255) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "user_clinic" ("user_id" uuid not null, "clinic_id" uuid not null, constraint "user_clinic_pkey" primary key ("user_id", "clinic_id"));`);
    this.addSql(`create index "user_clinic_clinic_id_index" on "user_clinic" ("clinic_id");`);

    this.addSql(`alter table "department" add constraint "department_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "practitioner" add constraint "practitioner_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_clinic" add constraint "user_clinic_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_clinic" add constraint "user_clinic_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "department" drop constraint "department_clinic_id_foreign";`);

    this.addSql(`alter table "practitioner" drop constraint "practitioner_clinic_id_foreign";`);

    this.addSql(`alter table "user_clinic" drop constraint "user_clinic_clinic_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_insurer_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_practitioner_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "user_clinic" drop constraint "user_clinic_user_id_foreign";`);

    this.addSql(`drop table if exists "clinic" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "insurer" cascade;`);

    this.addSql(`drop table if exists "practitioner" cascade;`);

    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "user_clinic" cascade;`);
  }

}
