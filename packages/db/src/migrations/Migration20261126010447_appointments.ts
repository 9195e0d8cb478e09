import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010447_appointments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "appointment" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "book_id" text not null, "type_id" text null, "start_at" timestamptz not null, "end_at" timestamptz not null, "kind" text check ("kind" in ('booking', 'hold', 'block')) not null, "status" text check ("status" in ('active', 'cancelled', 'no_show')) not null default 'active', "hold_expires_at" timestamptz null, "source" text check ("source" in ('agent', 'insurer_app', 'clinic')) null, "insurer_id" text null, "tariff_id" text null, "case_id" varchar(255) null, "patient_remark" text null, "note" text null, "created_by" text null, "cancelled_at" timestamptz null, "cancel_reason" text null, constraint "appointment_pkey" primary key ("id"), constraint appointment_time_order check (end_at > start_at));`,
    );
    this.addSql(`create index "appointment_clinic_id_index" on "appointment" ("clinic_id");`);
    this.addSql(`create index "appointment_book_id_start_at_index" on "appointment" ("book_id", "start_at");`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_no_overlap" exclude using gist ("book_id" with =, tstzrange("start_at", "end_at", '[)') with &&) where ("status" = 'active');`,
    );

    this.addSql(
      `alter table "appointment" add constraint "appointment_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_book_id_foreign" foreign key ("book_id") references "appointment_book" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_type_id_foreign" foreign key ("type_id") references "appointment_type" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_tariff_id_foreign" foreign key ("tariff_id") references "tariff" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment" cascade;`);
  }
}
