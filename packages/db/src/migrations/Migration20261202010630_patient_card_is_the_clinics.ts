import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010630_patient_card_is_the_clinics extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "insurer_case" ("insurer_id" text not null, "case_id" text not null, "national_id" text not null, "created_at" timestamptz not null, constraint "insurer_case_pkey" primary key ("insurer_id", "case_id"), constraint insurer_case_upper_case check (case_id = upper(case_id)));`,
    );

    this.addSql(
      `alter table "insurer_case" add constraint "insurer_case_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "access_log_entry" drop constraint if exists "access_log_entry_action_check";`);

    this.addSql(
      `alter table "access_log_entry" add constraint "access_log_entry_action_check" check("action" in ('read_patient', 'find_patient', 'read_appointments', 'read_access_log', 'update_patient'));`,
    );

    this.addSql(
      `alter table "appointment" add column "booked_name" varchar(255) null, add column "booked_phone" varchar(255) null, add column "booked_email" varchar(255) null;`,
    );

    // Network bookings made before bookings kept their own details: what the card says now is the best record of
    // what they were booked with, and freezing it keeps a later change of the card from reaching them.
    this
      .addSql(`update "appointment" a set "booked_name" = p."name", "booked_phone" = p."phone", "booked_email" = p."email"
      from "patient" p where p."id" = a."patient_id" and a."kind" = 'booking' and a."source" in ('agent', 'insurer_app');`);

    // Each case id already used belongs to the patient of its first claim. Where one was accepted for several
    // patients before this rule, their claims stay as they are; new bookings with it are refused for all but the first.
    this.addSql(`insert into "insurer_case" ("insurer_id", "case_id", "national_id", "created_at")
      select distinct on (c."insurer_id", upper(c."case_id")) c."insurer_id", upper(c."case_id"), p."national_id", c."created_at"
      from "claim" c join "patient" p on p."id" = c."patient_id" where c."case_id" is not null
      order by c."insurer_id", upper(c."case_id"), c."created_at", c."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "insurer_case" cascade;`);

    this.addSql(`alter table "access_log_entry" drop constraint if exists "access_log_entry_action_check";`);

    this.addSql(
      `alter table "access_log_entry" add constraint "access_log_entry_action_check" check("action" in ('read_patient', 'find_patient', 'read_appointments', 'read_access_log'));`,
    );

    this.addSql(
      `alter table "appointment" drop column "booked_name", drop column "booked_phone", drop column "booked_email";`,
    );
  }
}
