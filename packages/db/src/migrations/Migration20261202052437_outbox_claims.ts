import { Migration } from '@mikro-orm/migrations';

/** Outbox claims: a row is claimed by a sender (a worker process, with its heartbeat) before it is sent. */
export class Migration20261202052437_outbox_claims extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_sender" ("id" text not null, "started_at" timestamptz not null, "seen_at" timestamptz not null, constraint "outbox_sender_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "outbox_message" add column "claimed_by" text null, add column "claimed_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_sender" cascade;`);

    this.addSql(`alter table "outbox_message" drop column "claimed_by", drop column "claimed_at";`);
  }
}
