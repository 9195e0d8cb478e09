import { Migration } from '@mikro-orm/migrations';

/** Insurer apps' webhooks: endpoints (secrets encrypted), booking events written with the change, deliveries. */
export class Migration20261203115420_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" text not null, "created_at" timestamptz not null, "insurer_id" text not null, "url" text not null, "events" text[] not null, "secret_encrypted" text not null, "previous_secret_encrypted" text null, "previous_secret_expires_at" timestamptz null, "deactivated_at" timestamptz null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_endpoint_insurer_id_index" on "webhook_endpoint" ("insurer_id");`);

    this.addSql(
      `create table "webhook_event" ("id" uuid not null, "created_at" timestamptz not null, "insurer_id" text not null, "appointment_id" text not null, "type" text check ("type" in ('booking.created', 'booking.cancelled', 'booking.moved')) not null, "payload" jsonb null, constraint "webhook_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_event_insurer_id_index" on "webhook_event" ("insurer_id");`);
    this.addSql(
      `create index "webhook_event_unrendered_index" on "webhook_event" ("created_at") where "payload" is null;`,
    );

    this.addSql(
      `create table "webhook_delivery" ("id" text not null, "created_at" timestamptz not null, "event_id" uuid not null, "endpoint_id" text not null, "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" text null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_endpoint_id_index" on "webhook_delivery" ("endpoint_id");`);
    this.addSql(
      `create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where "delivered_at" is null;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_id_endpoint_id_unique" unique ("event_id", "endpoint_id");`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_event" add constraint "webhook_event_insurer_id_foreign" foreign key ("insurer_id") references "insurer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "webhook_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_event" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
