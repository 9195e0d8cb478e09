import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { AppError, evaluateReadiness, type ReadinessResult, type SessionUser } from '@bn/domain';
import { assertClinicAccess } from '../../scope.js';
import { loadReadinessSubjects } from './load-readiness-subjects.js';

export interface GetClinicReadinessOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  /** Today in Oslo, YYYY-MM-DD. */
  today: string;
}

export interface ClinicReadinessRow {
  book: { id: string; name: string };
  type: { id: string; name: string };
  result: ReadinessResult;
}

/** "Klar for online booking?" for every book × type of a clinic, judged by the domain's one readiness function. */
export async function getClinicReadiness({
  em,
  user,
  clinicId,
  today,
}: GetClinicReadinessOptions): Promise<ClinicReadinessRow[]> {
  assertClinicAccess(user, clinicId);
  if ((await em.count(Clinic, { id: clinicId })) === 0) throw new AppError('NOT_FOUND');
  const pairs = await loadReadinessSubjects({ em, clinicIds: [clinicId], today });
  return pairs.map(({ book, type, subject }) => ({ book, type, result: evaluateReadiness(subject) }));
}
