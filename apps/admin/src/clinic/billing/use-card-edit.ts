// The billing card's edits: each answers the whole card, which replaces the cached one (no second read, no second
// access-log row). The last refusal is kept for the editor to word.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '@bn/ui';
import type { BillingCard } from '../../api/types.js';

export type CardEdit =
  | { op: 'attachClaim'; claimId: string }
  | { op: 'detachClaim' }
  | { op: 'addLine'; tariffCode: string }
  | { op: 'removeLine'; tariffCode: string }
  | { op: 'setQuantity'; tariffCode: string; quantity: number }
  | { op: 'setPrice'; tariffCode: string; priceOre: number }
  | { op: 'bill' }
  | { op: 'credit' };

export function useCardEdit(cardId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: CardEdit): Promise<BillingCard> => {
      const b = client.billing;
      switch (edit.op) {
        case 'attachClaim':
          return b.attachClaim.mutate({ cardId, claimId: edit.claimId });
        case 'detachClaim':
          return b.detachClaim.mutate({ cardId });
        case 'addLine':
          return b.addLine.mutate({ cardId, tariffCode: edit.tariffCode });
        case 'removeLine':
          return b.removeLine.mutate({ cardId, tariffCode: edit.tariffCode });
        case 'setQuantity':
          return b.setQuantity.mutate({ cardId, tariffCode: edit.tariffCode, quantity: edit.quantity });
        case 'setPrice':
          return b.setPrice.mutate({ cardId, tariffCode: edit.tariffCode, priceOre: edit.priceOre });
        case 'bill':
          return b.bill.mutate({ cardId });
        case 'credit':
          return b.credit.mutate({ cardId });
      }
    },
    onSuccess: (card) => {
      queryClient.setQueryData(trpc.billing.get.queryKey({ cardId }), card);
      // The unbilled list and the patient card's used / remaining treatments change with a bill or a credit.
      void queryClient.invalidateQueries({ queryKey: trpc.billing.listUnbilled.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.patients.get.queryKey({ patientId: card.patientId }) });
    },
  });
}
