import { Migration } from '@mikro-orm/migrations';

/** P1: billing cards and their lines, the clinic price list, agreement B-prices, and the EHF seller and buyer details. */
export class Migration20261202171300_billing extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clinic_price" ("clinic_id" text not null, "tariff_id" text not null, "price_ore" bigint not null, "updated_at" timestamptz not null, constraint "clinic_price_pkey" primary key ("clinic_id", "tariff_id"), constraint clinic_price_not_negative check (price_ore >= 0));`,
    );
    this.addSql(`create index "clinic_price_tariff_id_index" on "clinic_price" ("tariff_id");`);

    this.addSql(
      `create table "billing_card" ("id" text not null, "created_at" timestamptz not null, "clinic_id" text not null, "appointment_id" text not null, "patient_id" text not null, "claim_id" text null, "status" text check ("status" in ('draft', 'billed', 'credited')) not null default 'draft', "treatment_date" date not null, "billed_at" timestamptz null, "invoice_date" date null, "invoice_number" text null, "credited_at" timestamptz null, "credit_note_date" date null, "credit_note_number" text null, constraint "billing_card_pkey" primary key ("id"), constraint billing_card_status_facts check ((status = 'draft' and billed_at is null and invoice_number is null and credited_at is null) or (status = 'billed' and billed_at is not null and invoice_number is not null and credited_at is null) or (status = 'credited' and billed_at is not null and invoice_number is not null and credited_at is not null and credit_note_number is not null)));`,
    );
    this.addSql(`create index "billing_card_clinic_id_index" on "billing_card" ("clinic_id");`);
    this.addSql(`create index "billing_card_appointment_id_index" on "billing_card" ("appointment_id");`);
    this.addSql(`create index "billing_card_patient_id_index" on "billing_card" ("patient_id");`);
    this.addSql(`create index "billing_card_claim_id_index" on "billing_card" ("claim_id");`);
    this.addSql(
      `create unique index "billing_card_one_open_per_appointment" on "billing_card" ("appointment_id") where "status" <> 'credited';`,
    );
    this.addSql(
      `create unique index "billing_card_invoice_number_unique" on "billing_card" ("clinic_id", "invoice_number") where "invoice_number" is not null;`,
    );
    this.addSql(
      `create unique index "billing_card_credit_note_number_unique" on "billing_card" ("clinic_id", "credit_note_number") where "credit_note_number" is not null;`,
    );

    this.addSql(
      `create table "billing_line" ("id" text not null, "created_at" timestamptz not null, "card_id" text not null, "position" int not null, "tariff_id" text null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('insurance', 'helfo', 'own')) not null, "price_ore" bigint null, "quantity" int not null, constraint "billing_line_pkey" primary key ("id"), constraint billing_line_quantity check (quantity >= 1 and quantity <= 99), constraint billing_line_price check (price_ore is null or price_ore >= 0));`,
    );
    this.addSql(`create index "billing_line_tariff_id_index" on "billing_line" ("tariff_id");`);
    this.addSql(
      `alter table "billing_line" add constraint "billing_line_card_id_position_unique" unique ("card_id", "position");`,
    );

    this.addSql(
      `create table "agreement_price" ("agreement_id" text not null, "tariff_id" text not null, "price_ore" bigint not null, "updated_at" timestamptz not null, constraint "agreement_price_pkey" primary key ("agreement_id", "tariff_id"), constraint agreement_price_not_negative check (price_ore >= 0));`,
    );
    this.addSql(`create index "agreement_price_tariff_id_index" on "agreement_price" ("tariff_id");`);

    this.addSql(
      `alter table "clinic_price" add constraint "clinic_price_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "clinic_price" add constraint "clinic_price_tariff_id_foreign" foreign key ("tariff_id") references "tariff" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "billing_card" add constraint "billing_card_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "billing_card" add constraint "billing_card_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "billing_card" add constraint "billing_card_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "billing_card" add constraint "billing_card_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "billing_line" add constraint "billing_line_card_id_foreign" foreign key ("card_id") references "billing_card" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "billing_line" add constraint "billing_line_tariff_id_foreign" foreign key ("tariff_id") references "tariff" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "agreement_price" add constraint "agreement_price_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agreement_price" add constraint "agreement_price_tariff_id_foreign" foreign key ("tariff_id") references "tariff" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "clinic" add column "legal_name" varchar(255) null, add column "invoice_street" varchar(255) null, add column "invoice_postcode" varchar(255) null, add column "invoice_city" varchar(255) null, add column "bank_account" varchar(255) null, add column "in_business_register" boolean not null default false, add column "vat_registered" boolean not null default false, add column "charges_cancellation" boolean not null default false, add column "charges_no_show" boolean not null default false, add column "last_invoice_number" int not null default 0, add column "last_credit_note_number" int not null default 0;`,
    );

    this.addSql(
      `alter table "insurer" add column "legal_name" varchar(255) null, add column "invoice_street" varchar(255) null, add column "invoice_postcode" varchar(255) null, add column "invoice_city" varchar(255) null, add column "invoice_reference" varchar(255) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "billing_line" drop constraint "billing_line_card_id_foreign";`);

    this.addSql(`drop table if exists "clinic_price" cascade;`);

    this.addSql(`drop table if exists "billing_card" cascade;`);

    this.addSql(`drop table if exists "billing_line" cascade;`);

    this.addSql(`drop table if exists "agreement_price" cascade;`);

    this.addSql(
      `alter table "clinic" drop column "legal_name", drop column "invoice_street", drop column "invoice_postcode", drop column "invoice_city", drop column "bank_account", drop column "in_business_register", drop column "vat_registered", drop column "charges_cancellation", drop column "charges_no_show", drop column "last_invoice_number", drop column "last_credit_note_number";`,
    );

    this.addSql(
      `alter table "insurer" drop column "legal_name", drop column "invoice_street", drop column "invoice_postcode", drop column "invoice_city", drop column "invoice_reference";`,
    );
  }
}
