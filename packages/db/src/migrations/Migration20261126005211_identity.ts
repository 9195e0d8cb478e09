import { Migration } from '@mikro-orm/migrations';

export class Migration20261126005211_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" text not null, "created_at" timestamptz not null, "actor_id" text null, "actor_name" varchar(255) not null, "clinic_id" text null, "entity" varchar(255) not null, "entity_id" text not null, "action" text check ("action" in ('create', 'update', 'delete', 'import')) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_clinic_id_created_at_index" on "audit_entry" ("clinic_id", "created_at");`);

    this.addSql(
      `create table "clinic" ("id" text not null, "created_at" timestamptz not null, "name" varchar(255) not null, "org_number" varchar(9) not null, "integration_active" boolean not null default false, "several_departments_notified_at" timestamptz null, "max_self_booked" int null, constraint "clinic_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "clinic" add constraint "clinic_org_number_unique" unique ("org_number");`);

    this.addSql(
      `create table "department" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "name" varchar(255) not null, "street" varchar(255) not null, "postcode" varchar(4) not null, "city" varchar(255) not null, "registered_with_network_at" timestamptz null, constraint "department_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "department_clinic_id_index" on "department" ("clinic_id");`);

    this.addSql(
      `create table "appointment_type" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "name" varchar(255) not null, "duration_minutes" int not null, "colour" varchar(7) not null default '#3366cc', "bookable_online" boolean not null default false, "notifications_on" boolean not null default false, "automatic_dialog" text null, "department_id" text null, "own_limits_enabled" boolean not null default false, "own_limits" jsonb not null, constraint "appointment_type_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appointment_type_clinic_id_index" on "appointment_type" ("clinic_id");`);
    this.addSql(`create index "appointment_type_department_id_index" on "appointment_type" ("department_id");`);

    this.addSql(
      `create table "insurer" ("id" text not null, "created_at" timestamptz not null, "name" varchar(255) not null, "org_number" varchar(9) not null, "offers_psychologist_booking" boolean not null default false, "has_patient_app" boolean not null default false, "app_name" varchar(255) null, constraint "insurer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "insurer" add constraint "insurer_name_unique" unique ("name");`);
    this.addSql(`alter table "insurer" add constraint "insurer_org_number_unique" unique ("org_number");`);

    this.addSql(
      `create table "practitioner" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "name" varchar(255) not null, "profession" text check ("profession" in ('physiotherapist', 'manual_therapist', 'psychomotor_physiotherapist', 'chiropractor', 'osteopath', 'naprapath', 'psychologist', 'other')) not null, "hpr_number" varchar(255) null, constraint "practitioner_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "practitioner_clinic_id_index" on "practitioner" ("clinic_id");`);

    this.addSql(
      `create table "membership" ("id" text not null, "created_at" timestamptz not null, "practitioner_id" text not null, "status" text check ("status" in ('pending', 'approved', 'revoked')) not null, "decided_at" timestamptz null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_practitioner_id_unique" unique ("practitioner_id");`,
    );

    this.addSql(
      `create table "appointment_book" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "name" varchar(255) not null, "owner_kind" text check ("owner_kind" in ('practitioner', 'clinic', 'group')) not null, "owner_practitioner_id" text null, "group_name" varchar(255) null, "online_booking" boolean not null default false, "patient_lists" text[] not null default '{}', "restrictions" jsonb not null, constraint "appointment_book_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appointment_book_clinic_id_index" on "appointment_book" ("clinic_id");`);
    this.addSql(
      `create index "appointment_book_owner_practitioner_id_index" on "appointment_book" ("owner_practitioner_id");`,
    );

    this.addSql(
      `create table "agreement" ("id" text not null, "created_at" timestamptz not null, "insurer_id" text not null, "clinic_id" text null, "practitioner_id" text null, "status" text check ("status" in ('pending', 'approved', 'ended')) not null, "valid_from" date not null, "valid_to" date null, constraint "agreement_pkey" primary key ("id"), constraint agreement_one_party check ((clinic_id is null) <> (practitioner_id is null)), constraint agreement_dates check (valid_to is null or valid_to >= valid_from));`,
    );
    this.addSql(`create index "agreement_insurer_id_index" on "agreement" ("insurer_id");`);
    this.addSql(`create index "agreement_clinic_id_index" on "agreement" ("clinic_id");`);
    this.addSql(`create index "agreement_practitioner_id_index" on "agreement" ("practitioner_id");`);

    this.addSql(
      `create table "sign_in_attempt" ("id" text not null, "email" varchar(255) not null, "ip" varchar(255) not null, "at" timestamptz not null, constraint "sign_in_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sign_in_attempt_email_index" on "sign_in_attempt" ("email");`);
    this.addSql(`create index "sign_in_attempt_ip_index" on "sign_in_attempt" ("ip");`);
    this.addSql(`create index "sign_in_attempt_at_index" on "sign_in_attempt" ("at");`);

    this.addSql(
      `create table "tariff" ("id" text not null, "created_at" timestamptz not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('insurance', 'helfo', 'own')) not null, "professions" text[] not null default '{}', constraint "tariff_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tariff" add constraint "tariff_code_unique" unique ("code");`);

    this.addSql(
      `create table "type_rule" ("id" text not null, "created_at" timestamptz not null, "type_id" text not null, "book_id" text not null, "patient_list" text check ("patient_list" in ('all_patients', 'existing_patients', 'listed_patients')) not null, constraint "type_rule_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "type_rule_book_id_index" on "type_rule" ("book_id");`);
    this.addSql(
      `alter table "type_rule" add constraint "type_rule_type_id_book_id_unique" unique ("type_id", "book_id");`,
    );

    this.addSql(
      `create table "type_rule_tariff" ("type_rule_id" text not null, "tariff_id" text not null, constraint "type_rule_tariff_pkey" primary key ("type_rule_id", "tariff_id"));`,
    );

    this.addSql(
      `create table "app_user" ("id" text not null, "created_at" timestamptz not null, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" text not null, "role" text check ("role" in ('network_operator', 'support', 'clinic_admin', 'practitioner', 'insurer_agent')) not null, "insurer_id" text null, "practitioner_id" text null, "locale" varchar(2) not null default 'nb', constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("token_hash" varchar(255) not null, "user_id" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "user_clinic" ("user_id" text not null, "clinic_id" text not null, constraint "user_clinic_pkey" primary key ("user_id", "clinic_id"));`,
    );
    this.addSql(`create index "user_clinic_clinic_id_index" on "user_clinic" ("clinic_id");`);

    this.addSql(
      `create table "week_template" ("id" text not null, "created_at" timestamptz not null, "book_id" text not null, "name" varchar(255) not null, "windows" jsonb not null, "breaks" jsonb not null, constraint "week_template_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "week_template_book_id_index" on "week_template" ("book_id");`);

    this.addSql(
      `create table "work_plan" ("id" text not null, "created_at" timestamptz not null, "book_id" text not null, "weeks" jsonb not null, "closed_days" jsonb not null, "opened_holidays" jsonb not null, constraint "work_plan_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "work_plan" add constraint "work_plan_book_id_unique" unique ("book_id");`);

    this.addSql(
      `alter table "department" add constraint "department_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "appointment_type" add constraint "appointment_type_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment_type" add constraint "appointment_type_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "practitioner" add constraint "practitioner_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "appointment_book" add constraint "appointment_book_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment_book" add constraint "appointment_book_owner_practitioner_id_foreign" foreign key ("owner_practitioner_id") references "practitioner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "agreement" add constraint "agreement_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agreement" add constraint "agreement_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agreement" add constraint "agreement_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "type_rule" add constraint "type_rule_type_id_foreign" foreign key ("type_id") references "appointment_type" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "type_rule" add constraint "type_rule_book_id_foreign" foreign key ("book_id") references "appointment_book" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "type_rule_tariff" add constraint "type_rule_tariff_type_rule_id_foreign" foreign key ("type_rule_id") references "type_rule" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "type_rule_tariff" add constraint "type_rule_tariff_tariff_id_foreign" foreign key ("tariff_id") references "tariff" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_practitioner_id_foreign" foreign key ("practitioner_id") references "practitioner" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_clinic" add constraint "user_clinic_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "user_clinic" add constraint "user_clinic_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "week_template" add constraint "week_template_book_id_foreign" foreign key ("book_id") references "appointment_book" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "work_plan" add constraint "work_plan_book_id_foreign" foreign key ("book_id") references "appointment_book" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "department" drop constraint "department_clinic_id_foreign";`);

    this.addSql(`alter table "appointment_type" drop constraint "appointment_type_clinic_id_foreign";`);

    this.addSql(`alter table "practitioner" drop constraint "practitioner_clinic_id_foreign";`);

    this.addSql(`alter table "appointment_book" drop constraint "appointment_book_clinic_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_clinic_id_foreign";`);

    this.addSql(`alter table "user_clinic" drop constraint "user_clinic_clinic_id_foreign";`);

    this.addSql(`alter table "appointment_type" drop constraint "appointment_type_department_id_foreign";`);

    this.addSql(`alter table "type_rule" drop constraint "type_rule_type_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_insurer_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_insurer_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_practitioner_id_foreign";`);

    this.addSql(`alter table "appointment_book" drop constraint "appointment_book_owner_practitioner_id_foreign";`);

    this.addSql(`alter table "agreement" drop constraint "agreement_practitioner_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_practitioner_id_foreign";`);

    this.addSql(`alter table "type_rule" drop constraint "type_rule_book_id_foreign";`);

    this.addSql(`alter table "week_template" drop constraint "week_template_book_id_foreign";`);

    this.addSql(`alter table "work_plan" drop constraint "work_plan_book_id_foreign";`);

    this.addSql(`alter table "type_rule_tariff" drop constraint "type_rule_tariff_tariff_id_foreign";`);

    this.addSql(`alter table "type_rule_tariff" drop constraint "type_rule_tariff_type_rule_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "user_clinic" drop constraint "user_clinic_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "clinic" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "appointment_type" cascade;`);

    this.addSql(`drop table if exists "insurer" cascade;`);

    this.addSql(`drop table if exists "practitioner" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "appointment_book" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);

    this.addSql(`drop table if exists "tariff" cascade;`);

    this.addSql(`drop table if exists "type_rule" cascade;`);

    this.addSql(`drop table if exists "type_rule_tariff" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "user_clinic" cascade;`);

    this.addSql(`drop table if exists "week_template" cascade;`);

    this.addSql(`drop table if exists "work_plan" cascade;`);
  }
}
