import { Migration } from '@mikro-orm/migrations';

/**
 * P2: a claim's grant per tariff ("a count per treatment type") beside the total, and the network operator's register
 * of insurer cases that the case lookup reads. Existing claims keep working: K5's have no type (grant unknown =
 * incomplete); a row whose type and counts do not fit together (none are written today) becomes incomplete too.
 */
export class Migration20261202171015_claim_grant_registered_case extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "registered_case" ("id" text not null, "created_at" timestamptz not null, "insurer_id" text not null, "case_id" text not null, "birth_date" date not null, "created_on" date not null, "valid_to" date null, "grant" jsonb not null, "registered_by_id" text null, constraint "registered_case_pkey" primary key ("id"), constraint registered_case_upper_case check (case_id = upper(case_id)), constraint registered_case_valid_to check (valid_to is null or valid_to >= created_on - 14));`,
    );
    this.addSql(
      `alter table "registered_case" add constraint "registered_case_insurer_case_unique" unique ("insurer_id", "case_id");`,
    );
    this.addSql(
      `alter table "registered_case" add constraint "registered_case_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "registered_case" add constraint "registered_case_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "claim" add column "treatments_per_tariff" jsonb null;`);
    this.addSql(
      `update "claim" set claim_type = null, treatments_granted = null where not ((claim_type is null and treatments_granted is null) or (claim_type = 'total' and treatments_granted is not null));`,
    );
    this.addSql(
      `alter table "claim" add constraint claim_grant_shape check((claim_type is null and treatments_granted is null and treatments_per_tariff is null) or (claim_type = 'total' and treatments_granted is not null and treatments_per_tariff is null) or (claim_type = 'per_treatment_type' and treatments_granted is null and treatments_per_tariff is not null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registered_case" cascade;`);

    this.addSql(`alter table "claim" drop constraint claim_grant_shape;`);
    this.addSql(`alter table "claim" drop column "treatments_per_tariff";`);
  }
}
