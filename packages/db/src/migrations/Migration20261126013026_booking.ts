import { Migration } from '@mikro-orm/migrations';

export class Migration20261126013026_booking extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "access_log_entry" ("id" text not null, "created_at" timestamptz not null, "actor_id" text not null, "actor_name" varchar(255) not null, "role" text check ("role" in ('network_operator', 'support', 'clinic_admin', 'practitioner', 'insurer_agent')) not null, "patient_id" text not null, "clinic_id" text not null, "action" text check ("action" in ('read_patient', 'find_patient', 'read_appointments', 'read_access_log')) not null, "what" text not null, constraint "access_log_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "access_log_entry_patient_id_created_at_index" on "access_log_entry" ("patient_id", "created_at");`,
    );
    this.addSql(
      `create index "access_log_entry_clinic_id_created_at_index" on "access_log_entry" ("clinic_id", "created_at");`,
    );

    this.addSql(
      `create table "idempotency_key" ("scope" text not null, "key" text not null, "request_hash" text not null, "response" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("scope", "key"));`,
    );
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);

    this.addSql(
      `create table "outbox_message" ("id" text not null, "created_at" timestamptz not null, "kind" text check ("kind" in ('confirmation', 'portal_notice', 'automatic_dialog')) not null, "event" text check ("event" in ('booked', 'moved', 'cancelled')) not null, "channel" text check ("channel" in ('email', 'sms', 'portal')) not null, "dedupe_key" text not null, "clinic_id" text not null, "appointment_id" text null, "patient_id" text null, "recipient_masked" text not null, "payload" jsonb not null, "queued_at" timestamptz null, "sent_at" timestamptz null, "delivery_id" text null, "attempts" int not null default 0, "last_error" text null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_dedupe_key_unique" unique ("dedupe_key");`,
    );
    this.addSql(
      `create index "outbox_message_clinic_id_created_at_index" on "outbox_message" ("clinic_id", "created_at");`,
    );
    this.addSql(
      `create index "outbox_message_unsent_index" on "outbox_message" ("created_at") where "sent_at" is null;`,
    );

    this.addSql(
      `create table "patient" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "national_id" text not null, "name" varchar(255) not null, "phone" varchar(255) null, "email" varchar(255) null, "birth_date" date not null, constraint "patient_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "patient" add constraint "patient_clinic_id_national_id_unique" unique ("clinic_id", "national_id");`,
    );

    this.addSql(
      `create table "claim" ("id" text not null, "created_at" timestamptz not null, "patient_id" text not null, "insurer_id" text not null, "case_id" text null, "case_number" varchar(255) null, "claim_type" text check ("claim_type" in ('total', 'per_treatment_type')) null, "treatments_granted" int null, "valid_from" date null, "valid_to" date null, "created_automatically" boolean not null default false, constraint "claim_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "claim_patient_id_index" on "claim" ("patient_id");`);
    this.addSql(
      `create unique index "claim_patient_insurer_case_unique" on "claim" ("patient_id", "insurer_id", "case_id") where "case_id" is not null;`,
    );

    this.addSql(
      `alter table "patient" add constraint "patient_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "claim" add constraint "claim_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "claim" add constraint "claim_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "appointment" add column "cancelled_by" text null, add column "patient_id" text null, add column "claim_id" text null, add column "paid_by_patient" boolean not null default false;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "appointment_patient_id_index" on "appointment" ("patient_id");`);
    this.addSql(`create index "appointment_claim_id_index" on "appointment" ("claim_id");`);
    this.addSql(
      `create index "appointment_hold_expiry_index" on "appointment" ("hold_expires_at") where "kind" = 'hold' and "status" = 'active';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "claim" drop constraint "claim_patient_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_patient_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_claim_id_foreign";`);

    this.addSql(`drop table if exists "access_log_entry" cascade;`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "claim" cascade;`);

    this.addSql(`drop index "appointment_patient_id_index";`);
    this.addSql(`drop index "appointment_claim_id_index";`);
    this.addSql(`drop index "appointment_hold_expiry_index";`);
    this.addSql(
      `alter table "appointment" drop column "cancelled_by", drop column "patient_id", drop column "claim_id", drop column "paid_by_patient";`,
    );
  }
}
