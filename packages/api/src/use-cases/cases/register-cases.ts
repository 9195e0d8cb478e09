import { randomUUID } from 'node:crypto';
import { insertRegisteredCases, Insurer, registeredCaseIds, type EntityManager } from '@bn/db';
import { AppError, type InsurerCase, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { assertNoIssues } from '../../validation.js';

export interface RegisterCasesOptions {
  em: EntityManager;
  user: SessionUser;
  /** Already validated by `insurerCaseSchema` (case ids upper-case). One case, or a whole import. */
  cases: readonly InsurerCase[];
  now: Date;
}

/**
 * P2: the network operator registers insurer cases (one, or an import of many) for the registered case lookup. All
 * or nothing: an unknown insurer (a field issue at its row) or a case id the register already holds for the insurer
 * — or that the list names twice — refuses the whole list, and nothing is written. Each case is audited without its
 * birth date (the audit log is shown widely; the birth date stays in the register).
 */
export async function registerCases({ em, user, cases, now }: RegisterCasesOptions): Promise<{ ids: string[] }> {
  return em.transactional(async (tx) => {
    const insurerIds = [...new Set(cases.map((c) => c.insurerId))];
    const known = new Set((await tx.find(Insurer, { id: { $in: insurerIds } })).map((i) => i.id));
    assertNoIssues(
      cases.map((c, i) =>
        known.has(c.insurerId) ? null : { path: ['cases', i, 'insurerId'], code: 'insurer.not_found' as const },
      ),
    );
    const seen = new Set<string>();
    for (const c of cases) {
      const key = `${c.insurerId}\u0000${c.caseId}`;
      if (seen.has(key)) throw new AppError('CASE_ALREADY_REGISTERED', { caseId: c.caseId });
      seen.add(key);
    }
    const [taken] = await registeredCaseIds(tx, cases);
    if (taken) throw new AppError('CASE_ALREADY_REGISTERED', { caseId: taken.case_id });
    const rows = cases.map((c) => ({ ...c, id: randomUUID(), registeredById: user.id, now }));
    await insertRegisteredCases(tx, rows);
    for (const r of rows) {
      recordChange(tx, user, {
        clinicId: null,
        entity: 'registered_case',
        entityId: r.id,
        action: rows.length > 1 ? 'import' : 'create',
        before: null,
        after: { insurerId: r.insurerId, caseId: r.caseId, createdOn: r.createdOn, validTo: r.validTo, grant: r.grant },
      });
    }
    return { ids: rows.map((r) => r.id) };
  });
}
