import { Migration } from '@mikro-orm/migrations';

/** N2: the network operator may reject a pending application with a reason the clinic sees (issue 16). */
export class Migration20261204200000_membership_rejection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "membership" drop constraint if exists "membership_status_check";`);
    this.addSql(
      `alter table "membership" add constraint "membership_status_check" check ("status" in ('pending', 'approved', 'revoked', 'rejected'));`,
    );
    this.addSql(`alter table "membership" add column "rejection_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership" drop column "rejection_reason";`);
    this.addSql(`delete from "membership" where "status" = 'rejected';`);
    this.addSql(`alter table "membership" drop constraint if exists "membership_status_check";`);
    this.addSql(
      `alter table "membership" add constraint "membership_status_check" check ("status" in ('pending', 'approved', 'revoked'));`,
    );
  }
}
