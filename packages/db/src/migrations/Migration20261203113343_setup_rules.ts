import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15: an HPR number is one person's, so it is unique in the network; a clinic has one department per address;
 * an approved membership that went back to pending on its own says why (the HPR number or the profession changed).
 */
export class Migration20261203113343_setup_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "department" add constraint "department_clinic_id_street_postcode_city_unique" unique ("clinic_id", "street", "postcode", "city");`,
    );
    this.addSql(`alter table "practitioner" add constraint "practitioner_hpr_number_unique" unique ("hpr_number");`);
    this.addSql(
      `alter table "membership" add column "reset_reason" text check ("reset_reason" in ('hpr_changed', 'profession_changed')) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership" drop column "reset_reason";`);
    this.addSql(`alter table "practitioner" drop constraint "practitioner_hpr_number_unique";`);
    this.addSql(`alter table "department" drop constraint "department_clinic_id_street_postcode_city_unique";`);
  }
}
