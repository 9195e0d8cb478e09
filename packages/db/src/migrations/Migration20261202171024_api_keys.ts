import { Migration } from '@mikro-orm/migrations';

/** Insurer apps' API keys (only a hash of each key) and their calls per minute for the rate limit. */
export class Migration20261202171024_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" text not null, "created_at" timestamptz not null, "insurer_id" text not null, "key_id" text not null, "secret_hash" text not null, "label" text not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "replaced_by" text null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_insurer_id_index" on "api_key" ("insurer_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_id_unique" unique ("key_id");`);

    this.addSql(
      `create table "api_key_usage" ("api_key_id" text not null, "window_start" timestamptz not null, "calls" int not null, constraint "api_key_usage_pkey" primary key ("api_key_id", "window_start"));`,
    );
    this.addSql(`create index "api_key_usage_window_start_index" on "api_key_usage" ("window_start");`);

    this.addSql(
      `alter table "api_key" add constraint "api_key_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_key_usage" add constraint "api_key_usage_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key_usage" drop constraint "api_key_usage_api_key_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "api_key_usage" cascade;`);
  }
}
