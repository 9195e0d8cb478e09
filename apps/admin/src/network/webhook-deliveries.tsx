// An endpoint's delivery log: its last messages, newest first, each with its state (delivered, waiting for the next
// attempt, failed for good), its attempts and the receiver's last answer, and «Send på nytt» (the same event id, so
// the receiver can tell it has had it) while the endpoint is active.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@bn/domain';
import { ActionButton, DataTable, QueryView, StatusBadge, useTRPC } from '@bn/ui';
import type { WebhookDeliveryRow, WebhookRow } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';

const STATUS_BADGE = { delivered: 'ok', pending: 'na', failed: 'fail' } as const;

export function WebhookDeliveries({ endpoint, onClose }: { endpoint: WebhookRow; onClose: () => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const deliveries = useQuery(trpc.webhooks.deliveries.queryOptions({ endpointId: endpoint.id }));
  const [notice, setNotice] = useState('');
  const headingId = `deliveries-${endpoint.id}`;
  // The keyboard goes to the log that was asked for (once per endpoint, not at every refresh of the rows).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [endpoint.id]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId} tabIndex={-1} ref={heading}>
          {t('deliveries.heading', { url: endpoint.url })}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('deliveries.close')}
        </button>
      </div>
      <p className="muted">{endpoint.active ? t('deliveries.intro') : t('deliveries.inactive')}</p>
      <p role="status">{notice}</p>
      <QueryView
        query={deliveries}
        loadingLabel={t('deliveries.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('deliveries.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('deliveries.caption', { url: endpoint.url })}
            captionHidden
            rows={rows}
            rowKey={(d) => d.id}
            columns={[
              {
                key: 'created',
                header: t('deliveries.col.created'),
                nowrap: true,
                cell: (d) => formatDateTime(d.createdAt),
              },
              { key: 'type', header: t('deliveries.col.type'), cell: (d) => <code>{d.type}</code> },
              {
                key: 'eventId',
                header: t('deliveries.col.eventId'),
                cell: (d) => <code className="url">{d.eventId}</code>,
              },
              { key: 'status', header: t('deliveries.col.status'), cell: (d) => <DeliveryStatus row={d} /> },
              { key: 'attempts', header: t('deliveries.col.attempts'), cell: (d) => d.attempts },
              { key: 'last', header: t('deliveries.col.last'), cell: (d) => <LastAnswer row={d} /> },
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (d) =>
                  endpoint.active ? (
                    <Replay endpointId={endpoint.id} row={d} onReplayed={() => setNotice(t('deliveries.replayed'))} />
                  ) : null,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function DeliveryStatus({ row }: { row: WebhookDeliveryRow }) {
  const t = useAdminT();
  const label =
    row.status === 'delivered' && row.deliveredAt
      ? t('deliveries.status.delivered', { when: formatDateTime(row.deliveredAt) })
      : row.status === 'pending' && row.nextAttemptAt
        ? t('deliveries.status.pending', { when: formatDateTime(row.nextAttemptAt) })
        : t('deliveries.status.failed');
  return <StatusBadge status={STATUS_BADGE[row.status]} label={label} />;
}

/** The receiver's last answer: its HTTP status, or why there was none (a timeout, a refused connection). */
function LastAnswer({ row }: { row: WebhookDeliveryRow }) {
  const t = useAdminT();
  if (row.lastStatusCode === null && !row.lastError) return <span className="muted">{t('deliveries.last.none')}</span>;
  return (
    <>
      {row.lastStatusCode !== null && <div>{t('deliveries.last.code', { code: row.lastStatusCode })}</div>}
      {row.lastError && <div className="muted">{row.lastError}</div>}
    </>
  );
}

function Replay({
  endpointId,
  row,
  onReplayed,
}: {
  endpointId: string;
  row: WebhookDeliveryRow;
  onReplayed: () => void;
}) {
  const t = useAdminT();
  const trpc = useTRPC();
  const deliveries = trpc.webhooks.deliveries.queryKey({ endpointId });
  const replay = useMutation(trpc.webhooks.replay.mutationOptions());
  const queryClient = useQueryClient();
  return (
    <ActionButton
      small
      secondary
      pending={replay.isPending}
      error={replay.error}
      label={t('deliveries.replay.named', { type: row.type, eventId: row.eventId })}
      onClick={() =>
        replay.mutate(
          { endpointId, deliveryId: row.id },
          {
            onSuccess: () => {
              onReplayed();
              void queryClient.invalidateQueries({ queryKey: deliveries });
            },
          },
        )
      }
    >
      {t('deliveries.replay')}
    </ActionButton>
  );
}
