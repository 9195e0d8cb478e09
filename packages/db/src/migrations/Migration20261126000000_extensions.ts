import { Migration } from '@mikro-orm/migrations';

/** btree_gist lets an exclusion constraint combine equality on a book with overlap of time ranges. */
export class Migration20261126000000_extensions extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists btree_gist;');
  }

  override async down(): Promise<void> {
    this.addSql('drop extension if exists btree_gist;');
  }
}
