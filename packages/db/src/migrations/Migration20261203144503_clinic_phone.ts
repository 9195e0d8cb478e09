import { Migration } from '@mikro-orm/migrations';

/** The clinic's phone number (set by its admin; agents see it with the clinic's times and bookings), as +47XXXXXXXX. */
export class Migration20261203144503_clinic_phone extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "clinic" add column "phone" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "clinic" drop column "phone";`);
  }
}
