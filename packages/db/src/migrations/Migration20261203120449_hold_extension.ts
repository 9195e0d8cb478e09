import { Migration } from '@mikro-orm/migrations';

/** A hold may be extended once (booking.extendHold): when it was, so a second extension is refused. */
export class Migration20261203120449_hold_extension extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment" add column "hold_extended_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "hold_extended_at";`);
  }
}
