import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010141_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "free_slot" ("book_id" text not null, "type_id" text not null, "start_at" timestamptz not null, "end_at" timestamptz not null, constraint "free_slot_pkey" primary key ("book_id", "type_id", "start_at"));`,
    );
    this.addSql(`create index "free_slot_book_id_start_at_index" on "free_slot" ("book_id", "start_at");`);

    this.addSql(
      `create table "offer" ("book_id" text not null, "type_id" text not null, "tariff_id" text not null, "insurer_id" text not null, "department_id" text not null, "clinic_id" text not null, "practitioner_id" text not null, "practitioner_name" varchar(255) not null, "profession" text check ("profession" in ('physiotherapist', 'manual_therapist', 'psychomotor_physiotherapist', 'chiropractor', 'osteopath', 'naprapath', 'psychologist', 'other')) not null, "clinic_name" varchar(255) not null, "department_name" varchar(255) not null, "street" varchar(255) not null, "postcode" varchar(4) not null, "city" varchar(255) not null, "tariff_code" varchar(255) not null, "tariff_name" varchar(255) not null, "type_name" varchar(255) not null, "duration_minutes" int not null, "min_notice_minutes" int not null default 0, "days_ahead" int null, constraint "offer_pkey" primary key ("book_id", "type_id", "tariff_id", "insurer_id", "department_id"));`,
    );
    this.addSql(
      `create index "offer_insurer_id_tariff_code_city_index" on "offer" ("insurer_id", "tariff_code", "city");`,
    );
    this.addSql(`create index "offer_insurer_id_practitioner_id_index" on "offer" ("insurer_id", "practitioner_id");`);
    this.addSql(`create index "offer_clinic_id_index" on "offer" ("clinic_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "free_slot" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);
  }
}
