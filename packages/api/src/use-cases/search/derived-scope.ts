// What a configuration change can move in the search's derived data, derived from the changes its transaction
// recorded (audit.ts). Free time is a book's work plan and week templates, the durations of the types they place,
// minus the book's appointments (refresh-free-time.ts): nothing else enters it. Offers are readiness materialised: a
// template or work plan change moves them only when readiness sees it differently (which types the windows place,
// which template each week uses); every other change of a clinic's configuration may move its offers.
import type { EntityManager } from '@bn/db';
import { WeekTemplate } from '@bn/db';
import type { AuditChange } from '../../audit.js';
import { templateAsReadinessSees, workPlanAsReadinessSees } from '../readiness/load-readiness-subjects.js';

export interface FreeTimeScope {
  /** Books whose free time is rebuilt → their clinic (a deleted book's rows go with it). */
  books: Map<string, string>;
}

export interface DerivedScope extends FreeTimeScope {
  /** Clinics whose offers are judged again. */
  offers: Set<string>;
}

const field = (row: object | null, name: string): unknown => (row ? (row as Record<string, unknown>)[name] : undefined);

type Row = Parameters<typeof templateAsReadinessSees>[0] & Parameters<typeof workPlanAsReadinessSees>[0];

/** Whether readiness sees the row differently after the change (a created or deleted row always is). */
function readinessSeesChange(change: AuditChange, view: (row: Row) => unknown): boolean {
  if (!change.before || !change.after) return true;
  return JSON.stringify(view(change.before as Row)) !== JSON.stringify(view(change.after as Row));
}

export async function derivedScope(tx: EntityManager, changes: readonly AuditChange[]): Promise<DerivedScope> {
  const books = new Map<string, string>();
  const offers = new Set<string>();
  /** Types whose length changed, per clinic: the books whose templates place them. */
  const resized = new Map<string, Set<string>>();
  for (const c of changes) {
    if (!c.clinicId) continue;
    switch (c.entity) {
      case 'template':
      case 'workPlan':
        for (const bookId of [field(c.before, 'bookId'), field(c.after, 'bookId')])
          if (typeof bookId === 'string') books.set(bookId, c.clinicId);
        if (readinessSeesChange(c, c.entity === 'template' ? templateAsReadinessSees : workPlanAsReadinessSees))
          offers.add(c.clinicId);
        break;
      case 'type':
        offers.add(c.clinicId);
        // A new type is in no template yet (a template placing it is a change of its own); a type in a template
        // cannot be deleted. Only its length enters free time.
        if (c.before && c.after && field(c.before, 'durationMinutes') !== field(c.after, 'durationMinutes'))
          resized.set(c.clinicId, (resized.get(c.clinicId) ?? new Set()).add(c.entityId));
        break;
      case 'book':
        offers.add(c.clinicId);
        if (c.after === null) books.set(c.entityId, c.clinicId);
        break;
      default:
        offers.add(c.clinicId);
    }
  }
  for (const [clinicId, typeIds] of resized) {
    const templates = await tx.find(WeekTemplate, { book: { clinic: clinicId } }, { fields: ['book', 'windows'] });
    for (const t of templates)
      if (t.windows.some((w) => w.typeIds.some((id) => typeIds.has(id)))) books.set(t.book.id, clinicId);
  }
  return { books, offers };
}
