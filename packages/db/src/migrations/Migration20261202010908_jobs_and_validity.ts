import { Migration } from '@mikro-orm/migrations';

/**
 * Free slots × offers for the search table, as the triggers of `Migration20261126020826_search_slot` write them, now
 * with the offers' validity (issue "the network stays true as the days pass"): a slot at or after an offer's
 * `bookable_until` is not that insurer's, and the insurers are grouped by `bookable_from`, which the search compares
 * with the clock. `source` is the free-slot rows (the trigger's `new_rows`, or the table joined to the keys).
 */
function slotsTimesOffers(source: string, join = ''): string {
  const from = `coalesce(o.bookable_from, '-infinity'::timestamptz)`;
  return `
      insert into search_slot (book_id, type_id, start_at, department_id, tariff_id, bookable_from, end_at, tariff_key, city_key, postcode, profession, min_notice_minutes, days_ahead, insurer_ids)
      select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, ${from}, f.end_at, upper(o.tariff_code), lower(o.city), o.postcode, o.profession,
             o.min_notice_minutes, o.days_ahead, array_agg(o.insurer_id order by o.insurer_id)
      from ${source} ${join}
      join offer o on o.book_id = f.book_id and o.type_id = f.type_id and (o.bookable_until is null or f.start_at < o.bookable_until)
      group by f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, ${from}, f.end_at, o.tariff_code, o.city, o.postcode, o.profession, o.min_notice_minutes, o.days_ahead;`;
}

/** The same without validity, as before this migration (for `down`). */
const BEFORE = (source: string, join = '') => `
      insert into search_slot (book_id, type_id, start_at, department_id, tariff_id, end_at, tariff_key, city_key, postcode, profession, min_notice_minutes, days_ahead, insurer_ids)
      select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, upper(o.tariff_code), lower(o.city), o.postcode, o.profession,
             o.min_notice_minutes, o.days_ahead, array_agg(o.insurer_id order by o.insurer_id)
      from ${source} ${join}
      join offer o on o.book_id = f.book_id and o.type_id = f.type_id
      group by f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, o.tariff_code, o.city, o.postcode, o.profession, o.min_notice_minutes, o.days_ahead;`;

const KEYS = `(select distinct * from unnest(book_ids, type_ids) as k(book_id, type_id)) k`;

/** The trigger functions that insert search rows, around the statement that builds them. */
function functions(insert: (source: string, join?: string) => string): string[] {
  return [
    `create or replace function search_slot_rebuild(book_ids text[], type_ids text[]) returns void language sql as $$
      delete from search_slot s using ${KEYS}
      where s.book_id = k.book_id and s.type_id = k.type_id;
${insert(KEYS, 'join free_slot f on f.book_id = k.book_id and f.type_id = k.type_id')}
    $$;`,
    `create or replace function search_slot_free_inserted() returns trigger language plpgsql as $$ begin
${insert('new_rows f')}
      return null;
    end $$;`,
    `create or replace function search_slot_free_updated() returns trigger language plpgsql as $$ begin
      delete from search_slot s using old_rows d where s.book_id = d.book_id and s.type_id = d.type_id and s.start_at = d.start_at;
${insert('new_rows f')}
      return null;
    end $$;`,
  ];
}

export class Migration20261202010908_jobs_and_validity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clinic_horizon" ("clinic_id" text not null, "offers_evaluated_on" date not null, "free_time_through" date null, "updated_at" timestamptz not null, constraint "clinic_horizon_pkey" primary key ("clinic_id"));`,
    );

    this.addSql(
      `create table "job_run" ("id" text not null, "job" text not null, "period" text not null, "scheduled_for" timestamptz not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "units_total" int null, "units_ok" int not null default 0, "units_failed" int not null default 0, "result" text check ("result" in ('ok', 'partial', 'failed')) null, "error" text null, "summary" jsonb null, constraint "job_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "job_run_job_started_at_index" on "job_run" ("job", "started_at");`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_period_unique" unique ("job", "period");`);

    this.addSql(
      `create table "job_unit" ("run_id" text not null, "unit" text not null, "status" text check ("status" in ('running', 'ok', 'failed')) not null, "attempts" int not null default 0, "started_at" timestamptz null, "finished_at" timestamptz null, "duration_ms" int null, "error" text null, "summary" jsonb null, constraint "job_unit_pkey" primary key ("run_id", "unit"));`,
    );

    this.addSql(
      `create table "notification_log" ("id" text not null, "created_at" timestamptz not null, "kind" text check ("kind" in ('confirmation', 'portal_notice', 'automatic_dialog')) not null, "event" text check ("event" in ('booked', 'moved', 'cancelled')) not null, "channel" text check ("channel" in ('email', 'sms', 'portal')) not null, "clinic_id" text not null, "appointment_id" text null, "recipient_masked" text not null, "subject" text not null, "sent_at" timestamptz not null, "delivery_id" text null, "attempts" int not null, constraint "notification_log_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_log_clinic_id_created_at_index" on "notification_log" ("clinic_id", "created_at");`,
    );
    this.addSql(`create index "notification_log_appointment_id_index" on "notification_log" ("appointment_id");`);

    this.addSql(
      `alter table "clinic_horizon" add constraint "clinic_horizon_clinic_id_foreign" foreign key ("clinic_id") references "clinic" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "job_unit" add constraint "job_unit_run_id_foreign" foreign key ("run_id") references "job_run" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "offer" add column "bookable_from" timestamptz null, add column "bookable_until" timestamptz null;`,
    );

    this.addSql(`alter table "search_slot" drop constraint "search_slot_pkey";`);

    // Existing rows rest on offers without validity bounds: their insurers may book already.
    this.addSql(`alter table "search_slot" add column "bookable_from" timestamptz not null default '-infinity';`);
    this.addSql(`alter table "search_slot" alter column "bookable_from" drop default;`);
    this.addSql(
      `alter table "search_slot" add constraint "search_slot_pkey" primary key ("book_id", "type_id", "start_at", "department_id", "tariff_id", "bookable_from");`,
    );
    for (const f of functions(slotsTimesOffers)) this.addSql(f);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "job_unit" drop constraint "job_unit_run_id_foreign";`);

    this.addSql(`drop table if exists "clinic_horizon" cascade;`);

    this.addSql(`drop table if exists "job_run" cascade;`);

    this.addSql(`drop table if exists "job_unit" cascade;`);

    this.addSql(`drop table if exists "notification_log" cascade;`);

    this.addSql(`alter table "offer" drop column "bookable_from", drop column "bookable_until";`);

    this.addSql(`delete from search_slot where bookable_from <> '-infinity';`);
    this.addSql(`alter table "search_slot" drop constraint "search_slot_pkey";`);
    this.addSql(`alter table "search_slot" drop column "bookable_from";`);

    this.addSql(
      `alter table "search_slot" add constraint "search_slot_pkey" primary key ("book_id", "type_id", "start_at", "department_id", "tariff_id");`,
    );
    for (const f of functions(BEFORE)) this.addSql(f);
  }
}
