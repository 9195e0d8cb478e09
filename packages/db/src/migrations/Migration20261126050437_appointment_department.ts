import { Migration } from '@mikro-orm/migrations';

export class Migration20261126050437_appointment_department extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment" add column "department_id" text null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "appointment_department_id_index" on "appointment" ("department_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop constraint "appointment_department_id_foreign";`);

    this.addSql(`drop index "appointment_department_id_index";`);
    this.addSql(`alter table "appointment" drop column "department_id";`);
  }
}
