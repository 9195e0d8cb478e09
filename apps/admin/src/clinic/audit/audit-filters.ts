// The change log's filters, kept in the URL (?hva=…&av=…&fra=…&til=…) so a filtered log can be shared as a link.
import { useSearchParams } from 'react-router';
import { AUDIT_ENTITIES, calendarDateSchema, type AuditEntity } from '@bn/domain';

export interface AuditFilters {
  entity: AuditEntity | '';
  /** A user's id, `SYSTEM_ACTOR`, or '' for anyone. */
  actorId: string;
  /** ISO dates, or ''. */
  from: string;
  to: string;
}

const PARAMS: Record<keyof AuditFilters, string> = { entity: 'hva', actorId: 'av', from: 'fra', to: 'til' };
const isEntity = (v: string): v is AuditEntity => (AUDIT_ENTITIES as readonly string[]).includes(v);
const dateOrNone = (v: string | null) => (v && calendarDateSchema.safeParse(v).success ? v : '');

/** The filters as the URL holds them (what it cannot hold is no filter), and a setter that keeps the rest. */
export function useAuditFilters(): [AuditFilters, (change: Partial<AuditFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const entity = params.get(PARAMS.entity) ?? '';
  const filters: AuditFilters = {
    entity: isEntity(entity) ? entity : '',
    actorId: params.get(PARAMS.actorId) ?? '',
    from: dateOrNone(params.get(PARAMS.from)),
    to: dateOrNone(params.get(PARAMS.to)),
  };
  const set = (change: Partial<AuditFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change) as [keyof AuditFilters, string][]) {
          if (value) next.set(PARAMS[key], value);
          else next.delete(PARAMS[key]);
        }
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return [filters, set];
}

export const hasFilters = (f: AuditFilters): boolean => Boolean(f.entity || f.actorId || f.from || f.to);

/** A range whose end is before its start asks for nothing: the form says so beside «Til dato». */
export const isBackwards = (f: AuditFilters): boolean => Boolean(f.from && f.to && f.from > f.to);

/** The query's filters: only those set. */
export function auditQueryFilters(f: AuditFilters) {
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}
