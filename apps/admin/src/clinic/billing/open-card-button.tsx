// «Regningskort» on an appointment (P1): makes the appointment's card — Helfo lines first, the booking's claim with its
// insurance tariff — and opens it. An appointment that has a draft card already opens that one.
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ActionButton, useTRPC, useTRPCClient } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { clinicSectionPath } from '../../paths.js';

export function OpenCardButton({ appointmentId, secondary }: { appointmentId: string; secondary?: boolean }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const clinicId = useClinicId();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: async () => {
      try {
        const card = await client.billing.createCard.mutate({ appointmentId });
        queryClient.setQueryData(trpc.billing.get.queryKey({ cardId: card.id }), card);
        return card.id;
      } catch (e) {
        // One card per appointment: the draft it has already is in the clinic's unbilled list.
        if (
          e instanceof Error &&
          'data' in e &&
          (e.data as { appCode?: string } | null)?.appCode === 'CARD_ALREADY_EXISTS'
        ) {
          const unbilled = await client.billing.listUnbilled.query({ clinicId });
          const draft = unbilled.find((u) => u.appointmentId === appointmentId && u.cardId);
          if (draft?.cardId) return draft.cardId;
        }
        throw e;
      }
    },
    onSuccess: (cardId) => navigate(clinicSectionPath(clinicId, 'billing', { kort: cardId })),
  });
  return (
    <ActionButton secondary={secondary} pending={open.isPending} error={open.error} onClick={() => open.mutate()}>
      {t('billing.openCard')}
    </ActionButton>
  );
}
