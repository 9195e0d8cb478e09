// The network operator's register of insurer cases (P2), which the registered case lookup answers from.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface RegisteredCaseRow {
  id: string;
  insurer_id: string;
  insurer_name: string;
  case_id: string;
  birth_date: string;
  created_on: string;
  valid_to: string | null;
  /** The domain's `ClaimGrant`, as written (callers validate it with `insurerCaseSchema`). */
  grant: unknown;
  registered_by_name: string | null;
  created_at: Date;
}

const columns = [
  'r.id',
  'r.insurer_id',
  'i.name as insurer_name',
  'r.case_id',
  'r.birth_date',
  'r.created_on',
  'r.valid_to',
  'r.grant',
  'u.name as registered_by_name',
  'r.created_at',
] as const;

/** The registered case with this (upper-case) case id at the insurer, or null. */
export async function findRegisteredCase(
  em: EntityManager,
  insurerId: string,
  caseId: string,
): Promise<RegisteredCaseRow | null> {
  const row = await sqlOf(em)
    .selectFrom('registered_case as r')
    .innerJoin('insurer as i', 'i.id', 'r.insurer_id')
    .leftJoin('app_user as u', 'u.id', 'r.registered_by_id')
    .select(columns)
    .where('r.insurer_id', '=', insurerId)
    .where('r.case_id', '=', caseId)
    .executeTakeFirst();
  return row ?? null;
}

/** The register, newest first; one insurer's cases when `insurerId` is given. */
export async function listRegisteredCases(em: EntityManager, insurerId: string | null): Promise<RegisteredCaseRow[]> {
  let q = sqlOf(em)
    .selectFrom('registered_case as r')
    .innerJoin('insurer as i', 'i.id', 'r.insurer_id')
    .leftJoin('app_user as u', 'u.id', 'r.registered_by_id')
    .select(columns);
  if (insurerId !== null) q = q.where('r.insurer_id', '=', insurerId);
  return q.orderBy('r.created_at', 'desc').orderBy('r.case_id').execute();
}

export interface NewRegisteredCase {
  id: string;
  insurerId: string;
  caseId: string;
  birthDate: string;
  createdOn: string;
  validTo: string | null;
  grant: object;
  registeredById: string;
  now: Date;
}

/** The case ids among these that the register already holds for their insurer (`insurerId`/`caseId` pairs). */
export async function registeredCaseIds(
  tx: EntityManager,
  keys: readonly { insurerId: string; caseId: string }[],
): Promise<{ insurer_id: string; case_id: string }[]> {
  if (keys.length === 0) return [];
  return sqlOf(tx)
    .selectFrom('registered_case')
    .select(['insurer_id', 'case_id'])
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('insurer_id', '=', k.insurerId), eb('case_id', '=', k.caseId)]))))
    .execute();
}

/** Writes the cases in one statement (all or nothing with the caller's transaction). */
export async function insertRegisteredCases(tx: EntityManager, rows: readonly NewRegisteredCase[]): Promise<void> {
  if (rows.length === 0) return;
  await sqlOf(tx)
    .insertInto('registered_case')
    .values(
      rows.map((r) => ({
        id: r.id,
        created_at: r.now,
        insurer_id: r.insurerId,
        case_id: r.caseId,
        birth_date: r.birthDate,
        created_on: r.createdOn,
        valid_to: r.validTo,
        grant: JSON.stringify(r.grant),
        registered_by_id: r.registeredById,
      })),
    )
    .execute();
}
