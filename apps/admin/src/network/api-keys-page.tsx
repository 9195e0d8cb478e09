// «API-nøkler»: the network operator creates, rotates and revokes the insurer apps' keys to the public API. A new key
// is shown once, here, right after it is made; the list shows each key's public id and status, never a secret.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, type ApiKeyStatus, type IssuedApiKey } from '@bn/domain';
import { DataTable, QueryView, StatusBadge, usePageTitle, useTRPC } from '@bn/ui';
import type { ApiKeyRow } from '../api/types.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { ApiKeyActions, NewApiKeyForm } from './api-key-forms.js';
import { IssuedSecret } from './issued-secret.js';

const STATUS_BADGE = { active: 'ok', grace: 'na', expired: 'fail', revoked: 'fail' } as const;

export function ApiKeysPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const keys = useQuery(trpc.apiKeys.list.queryOptions({}));
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  usePageTitle(t('apiKeys.heading'));
  const onIssued = (key: IssuedApiKey) => {
    setIssued(key);
    setCreating(false);
  };

  return (
    <section className="page">
      <div className="section-head">
        <h1>{t('apiKeys.heading')}</h1>
        {!creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('apiKeys.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('apiKeys.intro')}</p>
      {issued && <IssuedKey issued={issued} onDone={() => setIssued(null)} />}
      {creating && <NewApiKeyForm onIssued={onIssued} onCancel={() => setCreating(false)} />}
      <QueryView
        query={keys}
        loadingLabel={t('apiKeys.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('apiKeys.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('apiKeys.heading')}
            captionHidden
            rows={rows}
            rowKey={(k) => k.id}
            columns={[
              { key: 'insurer', header: t('apiKeys.col.insurer'), cell: (k) => k.insurerName },
              { key: 'label', header: t('apiKeys.col.label'), cell: (k) => k.label },
              { key: 'keyId', header: t('apiKeys.col.keyId'), nowrap: true, cell: (k) => <code>bnk_{k.keyId}_…</code> },
              { key: 'status', header: t('apiKeys.col.status'), cell: (k) => <KeyStatus row={k} /> },
              {
                key: 'created',
                header: t('apiKeys.col.created'),
                nowrap: true,
                cell: (k) => formatDateTime(k.createdAt),
              },
              {
                key: 'used',
                header: t('apiKeys.col.lastUsed'),
                nowrap: true,
                cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiKeys.neverUsed')),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                cell: (k) => <ApiKeyActions row={k} onIssued={onIssued} />,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function KeyStatus({ row }: { row: ApiKeyRow }) {
  const t = useAdminT();
  const status: ApiKeyStatus = row.status;
  return (
    <>
      <StatusBadge status={STATUS_BADGE[status]} label={t(`apiKeys.status.${status}`)} />
      {status === 'grace' && row.expiresAt && (
        <div className="muted">{t('apiKeys.graceUntil', { when: formatDateTime(row.expiresAt) })}</div>
      )}
      {row.replacedByKeyId && <div className="muted">{t('apiKeys.replacedBy', { keyId: row.replacedByKeyId })}</div>}
    </>
  );
}

/** The key itself, once. */
function IssuedKey({ issued, onDone }: { issued: IssuedApiKey; onDone: () => void }) {
  const t = useAdminT();
  return (
    <IssuedSecret
      heading={t('apiKeys.issued.heading', { insurer: issued.view.insurerName, label: issued.view.label })}
      explain={t('apiKeys.issued.once')}
      secret={issued.key}
      testId="issued-api-key"
      labels={{ copy: t('apiKeys.issued.copy'), copied: t('apiKeys.issued.copied'), done: t('apiKeys.issued.done') }}
      onDone={onDone}
    />
  );
}
