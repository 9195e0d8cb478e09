// «Webhooks»: the network operator registers insurers' endpoints, makes a new signing secret (the old one signs
// beside it for a grace period), deactivates, and reads an endpoint's delivery log, sending a message again from it.
// A secret is shown once, right after it is made; the list never shows one. The log that is open is in the URL.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, type IssuedWebhookEndpoint } from '@bn/domain';
import { DataTable, QueryView, StatusBadge, usePageTitle, useTRPC } from '@bn/ui';
import type { WebhookRow } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { IssuedSecret } from './issued-secret.js';
import { NewWebhookForm, WebhookActions } from './webhook-forms.js';
import { WebhookDeliveries } from './webhook-deliveries.js';

const LOG_PARAM = 'leveranser';

export function WebhooksPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const webhooks = useQuery(trpc.webhooks.list.queryOptions({}));
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedWebhookEndpoint | null>(null);
  usePageTitle(t('webhooks.heading'));
  const insurerName = (id: string) => insurers.data?.find((i) => i.id === id)?.name ?? id;
  const onIssued = (endpoint: IssuedWebhookEndpoint) => {
    setIssued(endpoint);
    setCreating(false);
  };
  const logId = params.get(LOG_PARAM);
  const showLog = (id: string | null) =>
    setParams((p) => {
      if (id) p.set(LOG_PARAM, id);
      else p.delete(LOG_PARAM);
      return p;
    });

  return (
    <section className="page">
      <div className="section-head">
        <h1>{t('webhooks.heading')}</h1>
        {!creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('webhooks.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('webhooks.intro')}</p>
      {issued && (
        <IssuedSecret
          heading={t('webhooks.issued.heading', { url: issued.endpoint.url })}
          explain={t('webhooks.issued.once', { insurer: insurerName(issued.endpoint.insurerId) })}
          secret={issued.secret}
          testId="issued-webhook-secret"
          labels={{
            copy: t('webhooks.issued.copy'),
            copied: t('webhooks.issued.copied'),
            done: t('webhooks.issued.done'),
          }}
          onDone={() => setIssued(null)}
        />
      )}
      {creating && <NewWebhookForm onIssued={onIssued} onCancel={() => setCreating(false)} />}
      <QueryView
        query={webhooks}
        loadingLabel={t('webhooks.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('webhooks.empty')}
      >
        {(rows) => (
          <>
            <DataTable
              caption={t('webhooks.heading')}
              captionHidden
              rows={rows}
              rowKey={(w) => w.id}
              columns={[
                { key: 'insurer', header: t('webhooks.col.insurer'), cell: (w) => insurerName(w.insurerId) },
                { key: 'url', header: t('webhooks.col.url'), cell: (w) => <code className="url">{w.url}</code> },
                {
                  key: 'events',
                  header: t('webhooks.col.events'),
                  cell: (w) => w.events.map((e) => t(`webhooks.event.${e}`)).join(', '),
                },
                { key: 'status', header: t('webhooks.col.status'), cell: (w) => <EndpointStatus row={w} /> },
                {
                  key: 'created',
                  header: t('webhooks.col.created'),
                  nowrap: true,
                  cell: (w) => formatDateTime(w.createdAt),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  cell: (w) => (
                    <WebhookActions
                      row={w}
                      insurer={insurerName(w.insurerId)}
                      logOpen={logId === w.id}
                      onShowLog={() => showLog(w.id)}
                      onIssued={onIssued}
                    />
                  ),
                },
              ]}
            />
            {logId && <OpenLog rows={rows} id={logId} onClose={() => showLog(null)} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function OpenLog({ rows, id, onClose }: { rows: WebhookRow[]; id: string; onClose: () => void }) {
  const endpoint = rows.find((w) => w.id === id);
  // A link to an endpoint that is not in the list (a stale or mistyped address): nothing to show, the list is there.
  if (!endpoint) return null;
  return <WebhookDeliveries endpoint={endpoint} onClose={onClose} />;
}

function EndpointStatus({ row }: { row: WebhookRow }) {
  const t = useAdminT();
  return (
    <>
      <StatusBadge
        status={row.active ? 'ok' : 'fail'}
        label={t(row.active ? 'webhooks.status.active' : 'webhooks.status.inactive')}
      />
      {row.active && row.previousSecretUntil && (
        <div className="muted">{t('webhooks.previousUntil', { when: formatDateTime(row.previousSecretUntil) })}</div>
      )}
    </>
  );
}
