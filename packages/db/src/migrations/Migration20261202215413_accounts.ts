import { Migration } from '@mikro-orm/migrations';

export class Migration20261202215413_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recovery_code" ("id" text not null, "created_at" timestamptz not null, "user_id" text not null, "code_hash" text not null, "used_at" timestamptz null, constraint "recovery_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "recovery_code_user_id_index" on "recovery_code" ("user_id");`);

    this.addSql(
      `create table "account_token" ("id" text not null, "created_at" timestamptz not null, "user_id" text not null, "purpose" text check ("purpose" in ('invitation', 'password_reset')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "account_token_user_id_index" on "account_token" ("user_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "notification_log" drop constraint if exists "notification_log_kind_check";`);
    this.addSql(`alter table "notification_log" drop constraint if exists "notification_log_event_check";`);

    this.addSql(`alter table "outbox_message" drop constraint if exists "outbox_message_kind_check";`);
    this.addSql(`alter table "outbox_message" drop constraint if exists "outbox_message_event_check";`);

    this.addSql(`alter table "notification_log" alter column "clinic_id" type text using ("clinic_id"::text);`);
    this.addSql(`alter table "notification_log" alter column "clinic_id" drop not null;`);
    this.addSql(
      `alter table "notification_log" add constraint "notification_log_kind_check" check("kind" in ('confirmation', 'portal_notice', 'automatic_dialog', 'invitation', 'password_reset'));`,
    );
    this.addSql(
      `alter table "notification_log" add constraint "notification_log_event_check" check("event" in ('booked', 'moved', 'cancelled', 'account'));`,
    );

    this.addSql(`alter table "outbox_message" add column "user_id" text null;`);
    this.addSql(`alter table "outbox_message" alter column "clinic_id" type text using ("clinic_id"::text);`);
    this.addSql(`alter table "outbox_message" alter column "clinic_id" drop not null;`);
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_kind_check" check("kind" in ('confirmation', 'portal_notice', 'automatic_dialog', 'invitation', 'password_reset'));`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_event_check" check("event" in ('booked', 'moved', 'cancelled', 'account'));`,
    );

    this.addSql(
      `alter table "app_user" add column "active" boolean not null default true, add column "totp_secret" text null, add column "totp_pending_secret" text null, add column "totp_enabled_at" timestamptz null;`,
    );

    this.addSql(`alter table "session" add column "second_factor_pending" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recovery_code" cascade;`);

    this.addSql(`drop table if exists "account_token" cascade;`);

    this.addSql(`alter table "notification_log" drop constraint if exists "notification_log_kind_check";`);
    this.addSql(`alter table "notification_log" drop constraint if exists "notification_log_event_check";`);

    this.addSql(`alter table "outbox_message" drop constraint if exists "outbox_message_kind_check";`);
    this.addSql(`alter table "outbox_message" drop constraint if exists "outbox_message_event_check";`);

    this.addSql(
      `alter table "app_user" drop column "active", drop column "totp_secret", drop column "totp_pending_secret", drop column "totp_enabled_at";`,
    );

    this.addSql(`alter table "notification_log" alter column "clinic_id" type text using ("clinic_id"::text);`);
    this.addSql(`alter table "notification_log" alter column "clinic_id" set not null;`);
    this.addSql(
      `alter table "notification_log" add constraint "notification_log_kind_check" check("kind" in ('confirmation', 'portal_notice', 'automatic_dialog'));`,
    );
    this.addSql(
      `alter table "notification_log" add constraint "notification_log_event_check" check("event" in ('booked', 'moved', 'cancelled'));`,
    );

    this.addSql(`alter table "outbox_message" drop column "user_id";`);

    this.addSql(`alter table "outbox_message" alter column "clinic_id" type text using ("clinic_id"::text);`);
    this.addSql(`alter table "outbox_message" alter column "clinic_id" set not null;`);
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_kind_check" check("kind" in ('confirmation', 'portal_notice', 'automatic_dialog'));`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_event_check" check("event" in ('booked', 'moved', 'cancelled'));`,
    );

    this.addSql(`alter table "session" drop column "second_factor_pending";`);
  }
}
