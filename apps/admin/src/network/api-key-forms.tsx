// The operator's API key forms: a new key for an insurer's app, and a key's rotation (with its grace period) and
// revocation. Create and rotate answer the key itself, which the page shows once.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { API_KEY_GRACE_HOURS, apiKeyCreateSchema, type IssuedApiKey } from '@bn/domain';
import { ActionButton, EditForm, SelectField, TextField, checkedBy, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
import type { ApiKeyRow } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

const GRACE_CHOICES = [0, 1, 24, 72, 168, API_KEY_GRACE_HOURS.max] as const;

export function NewApiKeyForm({ onIssued, onCancel }: { onIssued: (k: IssuedApiKey) => void; onCancel: () => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const [value, setValue] = useState({ insurerId: '', label: '' });
  const create = useMutation(
    checkedBy(apiKeyCreateSchema, trpc.apiKeys.create.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(create.error);
  const id = (path: string) => fieldId('api-key', path);
  return (
    <EditForm
      id="api-key-form"
      label={t('apiKeys.new')}
      error={create.error}
      pending={create.isPending}
      submitLabel={t('apiKeys.create')}
      onCancel={onCancel}
      onSubmit={() => create.mutate(value, { onSuccess: onIssued })}
    >
      <h2>{t('apiKeys.new')}</h2>
      <SelectField
        id={id('insurerId')}
        label={t('apiKeys.col.insurer')}
        placeholder={insurers.isPending ? t('apiKeys.insurers.loading') : t('apiKeys.insurers.choose')}
        value={value.insurerId}
        options={(insurers.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        onChange={(insurerId) => setValue({ ...value, insurerId })}
        error={errors.insurerId}
      />
      <TextField
        id={id('label')}
        label={t('apiKeys.col.label')}
        hint={t('apiKeys.label.hint')}
        value={value.label}
        onChange={(label) => setValue({ ...value, label })}
        error={errors.label}
      />
    </EditForm>
  );
}

/** Rotate (choosing how long the old key keeps working) and revoke, for a key that is still in use. */
export function ApiKeyActions({ row, onIssued }: { row: ApiKeyRow; onIssued: (k: IssuedApiKey) => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [graceHours, setGraceHours] = useState<number>(API_KEY_GRACE_HOURS.default);
  const rotate = useMutation(trpc.apiKeys.rotate.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: refresh }));
  if (row.status === 'revoked' || row.status === 'expired') return null;
  const name = `bnk_${row.keyId}`;
  return (
    <div className="actions">
      {row.status === 'active' && (
        <>
          <label className="inline-field">
            <span>{t('apiKeys.grace')}</span>
            <select value={graceHours} onChange={(e) => setGraceHours(Number(e.target.value))}>
              {GRACE_CHOICES.map((h) => (
                <option key={h} value={h}>
                  {t('apiKeys.grace.hours', { count: h })}
                </option>
              ))}
            </select>
          </label>
          <ActionButton
            small
            pending={rotate.isPending}
            error={rotate.error}
            label={t('apiKeys.rotate.named', { name })}
            onClick={() => rotate.mutate({ id: row.id, graceHours }, { onSuccess: onIssued })}
          >
            {t('apiKeys.rotate')}
          </ActionButton>
        </>
      )}
      <ActionButton
        small
        secondary
        pending={revoke.isPending}
        error={revoke.error}
        label={t('apiKeys.revoke.named', { name })}
        onClick={() => {
          if (window.confirm(t('apiKeys.revoke.confirm', { name, insurer: row.insurerName })))
            revoke.mutate({ id: row.id });
        }}
      >
        {t('apiKeys.revoke')}
      </ActionButton>
    </div>
  );
}
