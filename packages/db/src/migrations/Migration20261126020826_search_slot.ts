import { Migration } from '@mikro-orm/migrations';

/** New free slots (the trigger's transition table `new_rows`) × their offers, grouped over the insurers. */
const INSERT_FROM_NEW_ROWS = `
      insert into search_slot (book_id, type_id, start_at, department_id, tariff_id, end_at, tariff_key, city_key, postcode, profession, min_notice_minutes, days_ahead, insurer_ids)
      select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, upper(o.tariff_code), lower(o.city), o.postcode, o.profession,
             o.min_notice_minutes, o.days_ahead, array_agg(o.insurer_id order by o.insurer_id)
      from new_rows f join offer o on o.book_id = f.book_id and o.type_id = f.type_id
      group by f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, o.tariff_code, o.city, o.postcode, o.profession, o.min_notice_minutes, o.days_ahead;`;

export class Migration20261126020826_search_slot extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_slot" ("book_id" text not null, "type_id" text not null, "start_at" timestamptz not null, "department_id" text not null, "tariff_id" text not null, "end_at" timestamptz not null, "tariff_key" text not null, "city_key" text not null, "postcode" varchar(4) not null, "profession" text not null, "min_notice_minutes" int not null, "days_ahead" int null, "insurer_ids" text[] not null, constraint "search_slot_pkey" primary key ("book_id", "type_id", "start_at", "department_id", "tariff_id"));`,
    );
    this.addSql(
      `create index "search_slot_tariff_city_start_index" on "search_slot" ("tariff_key", "city_key", "start_at");`,
    );
    this.addSql(`create index "search_slot_start_index" on "search_slot" ("start_at");`);

    // Kept in step by triggers, in the statement that changes free time or offers, whoever runs it (refreshes,
    // bookings, holds). Statement-level with transition tables, so a bulk refresh costs one join, not one call per row.
    this.addSql(`create function search_slot_rebuild(book_ids text[], type_ids text[]) returns void language sql as $$
      delete from search_slot s using (select distinct * from unnest(book_ids, type_ids) as k(book_id, type_id)) k
      where s.book_id = k.book_id and s.type_id = k.type_id;
      insert into search_slot (book_id, type_id, start_at, department_id, tariff_id, end_at, tariff_key, city_key, postcode, profession, min_notice_minutes, days_ahead, insurer_ids)
      select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, upper(o.tariff_code), lower(o.city), o.postcode, o.profession,
             o.min_notice_minutes, o.days_ahead, array_agg(o.insurer_id order by o.insurer_id)
      from (select distinct * from unnest(book_ids, type_ids) as k(book_id, type_id)) k
      join free_slot f on f.book_id = k.book_id and f.type_id = k.type_id
      join offer o on o.book_id = f.book_id and o.type_id = f.type_id
      group by f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, o.tariff_code, o.city, o.postcode, o.profession, o.min_notice_minutes, o.days_ahead
    $$;`);
    this.addSql(`create function search_slot_free_inserted() returns trigger language plpgsql as $$ begin
${INSERT_FROM_NEW_ROWS}
      return null;
    end $$;`);
    this.addSql(`create function search_slot_free_deleted() returns trigger language plpgsql as $$ begin
      delete from search_slot s using old_rows d where s.book_id = d.book_id and s.type_id = d.type_id and s.start_at = d.start_at;
      return null;
    end $$;`);
    this.addSql(`create function search_slot_free_updated() returns trigger language plpgsql as $$ begin
      delete from search_slot s using old_rows d where s.book_id = d.book_id and s.type_id = d.type_id and s.start_at = d.start_at;
${INSERT_FROM_NEW_ROWS}
      return null;
    end $$;`);
    this.addSql(`create function search_slot_offers_changed() returns trigger language plpgsql as $$ begin
      if tg_op in ('INSERT', 'UPDATE') then
        perform search_slot_rebuild(array_agg(book_id), array_agg(type_id)) from new_rows;
      end if;
      if tg_op in ('DELETE', 'UPDATE') then
        perform search_slot_rebuild(array_agg(book_id), array_agg(type_id)) from old_rows;
      end if;
      return null;
    end $$;`);
    this.addSql(
      `create trigger search_slot_free_insert after insert on free_slot referencing new table as new_rows for each statement execute function search_slot_free_inserted();`,
    );
    this.addSql(
      `create trigger search_slot_free_delete after delete on free_slot referencing old table as old_rows for each statement execute function search_slot_free_deleted();`,
    );
    this.addSql(
      `create trigger search_slot_free_update after update on free_slot referencing old table as old_rows new table as new_rows for each statement execute function search_slot_free_updated();`,
    );
    this.addSql(
      `create trigger search_slot_offer_insert after insert on offer referencing new table as new_rows for each statement execute function search_slot_offers_changed();`,
    );
    this.addSql(
      `create trigger search_slot_offer_delete after delete on offer referencing old table as old_rows for each statement execute function search_slot_offers_changed();`,
    );
    this.addSql(
      `create trigger search_slot_offer_update after update on offer referencing old table as old_rows new table as new_rows for each statement execute function search_slot_offers_changed();`,
    );
    // Databases that already hold free time and offers.
    this.addSql(
      `select search_slot_rebuild(array_agg(book_id), array_agg(type_id)) from (select distinct book_id, type_id from offer) o;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['search_slot_free_insert', 'search_slot_free_delete', 'search_slot_free_update'])
      this.addSql(`drop trigger if exists ${t} on free_slot;`);
    for (const t of ['search_slot_offer_insert', 'search_slot_offer_delete', 'search_slot_offer_update'])
      this.addSql(`drop trigger if exists ${t} on offer;`);
    this.addSql(
      `drop function if exists search_slot_free_inserted, search_slot_free_deleted, search_slot_free_updated, search_slot_offers_changed;`,
    );
    this.addSql(`drop function if exists search_slot_rebuild(text[], text[]);`);
    this.addSql(`drop table if exists "search_slot" cascade;`);
  }
}
