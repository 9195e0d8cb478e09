import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useSessionUser, useTRPC } from '@bn/ui';

/** The clinic of the current address (`/klinikker/:clinicId/...`). */
export function useClinicId(): string {
  return useParams().clinicId ?? '';
}

/** The clinic's whole configuration: every section of the clinic page reads this one (cached) answer. */
export function useClinicConfig() {
  const trpc = useTRPC();
  return useQuery(trpc.clinicConfig.get.queryOptions({ clinicId: useClinicId() }));
}

/** Only the clinic's own admin changes its set-up; the network and support see it read-only. */
export function useCanEditClinic(): boolean {
  return useSessionUser().role === 'clinic_admin';
}
