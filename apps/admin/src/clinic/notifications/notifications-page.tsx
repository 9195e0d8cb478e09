// «Varslinger»: what the network and the clinic sent patients about their bookings (K3, K4) — which message, on which
// event, about which booking (its time and practitioner), through which channel, to whom (masked when written), and
// whether it arrived. Never the content: the subject lines are fixed texts without patient data, the message bodies
// and delivery errors are not shown.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LIST_LIMITS, formatDateTime } from '@bn/domain';
import { DataTable, QueryView, usePageTitle, useTRPC } from '@bn/ui';
import type { NotificationLogRow } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import '../daily-work.css';

const PAGE = LIST_LIMITS.notifications.default;
const MAX = LIST_LIMITS.notifications.max;

export function NotificationsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const [limit, setLimit] = useState<number>(PAGE);
  const log = useQuery(
    trpc.notifications.log.queryOptions({ clinicId, limit }, { placeholderData: (previous) => previous }),
  );
  usePageTitle(t('clinic.tab.notifications'));

  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('clinic.tab.notifications')}</h2>
      <p className="muted">{t('notifications.intro')}</p>
      <QueryView
        query={log}
        loadingLabel={t('notifications.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('notifications.empty')}
      >
        {(rows) => (
          <>
            <DataTable
              caption={t('clinic.tab.notifications')}
              captionHidden
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'created',
                  header: t('notifications.col.created'),
                  nowrap: true,
                  cell: (r) => <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>,
                },
                {
                  key: 'booking',
                  header: t('notifications.col.booking'),
                  cell: (r) =>
                    r.booking
                      ? t('notifications.booking', {
                          time: formatDateTime(r.booking.startAt),
                          practitioner: r.booking.practitionerName,
                        })
                      : '–',
                },
                {
                  key: 'kind',
                  header: t('notifications.col.kind'),
                  cell: (r) => (
                    <>
                      {t(`notifications.kind.${r.kind}`)}
                      <span className="muted notification-subject">«{r.subject}»</span>
                    </>
                  ),
                },
                {
                  key: 'event',
                  header: t('notifications.col.event'),
                  cell: (r) => t(`notifications.event.${r.event}`),
                },
                {
                  key: 'channel',
                  header: t('notifications.col.channel'),
                  cell: (r) => t(`notifications.channel.${r.channel}`),
                },
                {
                  key: 'recipient',
                  header: t('notifications.col.recipient'),
                  nowrap: true,
                  // A portal notice goes to the patient's app and portal, not to an address: said in the UI language.
                  cell: (r) => (r.channel === 'portal' ? t('notifications.recipient.portal') : r.recipient),
                },
                {
                  key: 'status',
                  header: t('notifications.col.status'),
                  nowrap: true,
                  cell: (r) => <DeliveryStatus row={r} />,
                },
                {
                  key: 'sent',
                  header: t('notifications.col.sent'),
                  nowrap: true,
                  cell: (r) =>
                    r.sentAt ? <time dateTime={r.sentAt.toISOString()}>{formatDateTime(r.sentAt)}</time> : '–',
                },
              ]}
            />
            {rows.length >= limit && limit < MAX && (
              <button
                type="button"
                className="button button-secondary"
                disabled={log.isFetching}
                onClick={() => setLimit((l) => Math.min(MAX, l + PAGE))}
              >
                {log.isFetching ? t('state.loading') : t('notifications.more')}
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** In words and a mark, not by colour alone. */
function DeliveryStatus({ row }: { row: NotificationLogRow }) {
  const t = useAdminT();
  const label = t(`notifications.status.${row.status}`);
  if (row.status === 'sent') return <span className="badge badge-yes">{label}</span>;
  return (
    <span className={row.status === 'failing' ? 'warning' : 'badge badge-no'}>
      {label}
      {row.attempts > 0 &&
        ` (${row.attempts === 1 ? t('notifications.attempts.one') : t('notifications.attempts', { count: row.attempts })})`}
    </span>
  );
}
