import { Migration } from '@mikro-orm/migrations';

/** The change log filtered by kind of thing or by who wrote it, newest first, without reading the clinic's whole log. */
export class Migration20261204190000_audit_filters extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "audit_entry_clinic_id_entity_created_at_index" on "audit_entry" ("clinic_id", "entity", "created_at");`,
    );
    this.addSql(
      `create index "audit_entry_clinic_id_actor_id_created_at_index" on "audit_entry" ("clinic_id", "actor_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_clinic_id_entity_created_at_index";`);
    this.addSql(`drop index "audit_entry_clinic_id_actor_id_created_at_index";`);
  }
}
