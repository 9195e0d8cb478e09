// Which books' free time a configuration change can move, derived from the changes its transaction recorded
// (audit.ts). Free time is a book's work plan and week templates, the durations of the types they place, minus the
// book's appointments (refresh-free-time.ts) — nothing else enters it: offers, rules, tariffs, agreements, addresses,
// the book's own settings and every other entity move offers only.
import type { EntityManager } from '@bn/db';
import { WeekTemplate } from '@bn/db';
import type { AuditChange } from '../../audit.js';

export interface FreeTimeScope {
  /** Books whose free time is rebuilt → their clinic (a deleted book's rows go with it). */
  books: Map<string, string>;
}

const field = (row: object | null, name: string): unknown => (row ? (row as Record<string, unknown>)[name] : undefined);

export async function freeTimeScope(tx: EntityManager, changes: readonly AuditChange[]): Promise<FreeTimeScope> {
  const books = new Map<string, string>();
  /** Types whose length changed, per clinic: the books whose templates place them. */
  const resized = new Map<string, Set<string>>();
  for (const c of changes) {
    if (!c.clinicId) continue;
    switch (c.entity) {
      case 'template':
      case 'workPlan':
        for (const bookId of [field(c.before, 'bookId'), field(c.after, 'bookId')])
          if (typeof bookId === 'string') books.set(bookId, c.clinicId);
        break;
      case 'type':
        // A new type is in no template yet (a template placing it is a change of its own); a type in a template
        // cannot be deleted. Only its length enters free time.
        if (c.before && c.after && field(c.before, 'durationMinutes') !== field(c.after, 'durationMinutes'))
          resized.set(c.clinicId, (resized.get(c.clinicId) ?? new Set()).add(c.entityId));
        break;
      case 'book':
        if (c.after === null) books.set(c.entityId, c.clinicId);
        break;
    }
  }
  for (const [clinicId, typeIds] of resized) {
    const templates = await tx.find(WeekTemplate, { book: { clinic: clinicId } }, { fields: ['book', 'windows'] });
    for (const t of templates)
      if (t.windows.some((w) => w.typeIds.some((id) => typeIds.has(id)))) books.set(t.book.id, clinicId);
  }
  return { books };
}
