// The operator's webhook forms: a new endpoint for an insurer (its URL and events), and an endpoint's actions: a new
// signing secret (the old one signs beside it for the chosen grace period), its delivery log, and deactivation
// (asked first in a dialog: it cannot be undone). Create and rotate answer the secret, which the page shows once.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_GRACE_HOURS,
  webhookAdminCreateSchema,
  type IssuedWebhookEndpoint,
  type WebhookEventType,
} from '@bn/domain';
import {
  ActionButton,
  CheckboxGroup,
  EditForm,
  ModalDialog,
  SelectField,
  TextField,
  checkedBy,
  fieldId,
  useFieldErrors,
  useT,
  useTRPC,
} from '@bn/ui';
import type { WebhookRow } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

const GRACE_CHOICES = [0, 1, 24, 72, 168, WEBHOOK_GRACE_HOURS.max] as const;

export function NewWebhookForm({
  onIssued,
  onCancel,
}: {
  onIssued: (e: IssuedWebhookEndpoint) => void;
  onCancel: () => void;
}) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const [value, setValue] = useState<{ insurerId: string; url: string; events: WebhookEventType[] }>({
    insurerId: '',
    url: '',
    events: [...WEBHOOK_EVENT_TYPES],
  });
  const create = useMutation(
    checkedBy(webhookAdminCreateSchema, trpc.webhooks.create.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(create.error);
  const id = (path: string) => fieldId('webhook', path);
  return (
    <EditForm
      id="webhook-form"
      label={t('webhooks.new')}
      error={create.error}
      pending={create.isPending}
      submitLabel={t('webhooks.create')}
      onCancel={onCancel}
      onSubmit={() => create.mutate(value, { onSuccess: onIssued })}
    >
      <h2>{t('webhooks.new')}</h2>
      <SelectField
        id={id('insurerId')}
        label={t('webhooks.col.insurer')}
        placeholder={insurers.isPending ? t('apiKeys.insurers.loading') : t('apiKeys.insurers.choose')}
        value={value.insurerId}
        options={(insurers.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        onChange={(insurerId) => setValue({ ...value, insurerId })}
        error={errors.insurerId}
      />
      <TextField
        id={id('url')}
        label={t('webhooks.url')}
        hint={t('webhooks.url.hint')}
        value={value.url}
        onChange={(url) => setValue({ ...value, url })}
        error={errors.url}
      />
      <CheckboxGroup
        id={id('events')}
        legend={t('webhooks.events')}
        hint={t('webhooks.events.hint')}
        choices={WEBHOOK_EVENT_TYPES.map((e) => ({ value: e, label: t(`webhooks.event.${e}`), detail: e }))}
        values={value.events}
        onChange={(events) => setValue({ ...value, events: events as WebhookEventType[] })}
        error={errors.events}
      />
    </EditForm>
  );
}

interface ActionsProps {
  row: WebhookRow;
  insurer: string;
  logOpen: boolean;
  onShowLog: () => void;
  onIssued: (e: IssuedWebhookEndpoint) => void;
}

/** A new secret and deactivation for an active endpoint; the delivery log for every endpoint. */
export function WebhookActions({ row, insurer, logOpen, onShowLog, onIssued }: ActionsProps) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [graceHours, setGraceHours] = useState<number>(WEBHOOK_GRACE_HOURS.default);
  const rotate = useMutation(trpc.webhooks.rotate.mutationOptions({ onSuccess: refresh }));
  const url = row.url;
  return (
    <div className="actions">
      {row.active && (
        <>
          <label className="inline-field">
            <span>{t('webhooks.grace')}</span>
            <select value={graceHours} onChange={(e) => setGraceHours(Number(e.target.value))}>
              {GRACE_CHOICES.map((h) => (
                <option key={h} value={h}>
                  {t('webhooks.grace.hours', { count: h })}
                </option>
              ))}
            </select>
          </label>
          <ActionButton
            small
            pending={rotate.isPending}
            error={rotate.error}
            label={t('webhooks.rotate.named', { url })}
            onClick={() => rotate.mutate({ id: row.id, graceHours }, { onSuccess: onIssued })}
          >
            {t('webhooks.rotate')}
          </ActionButton>
        </>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('webhooks.deliveries.show.named', { url })}
        aria-pressed={logOpen}
        onClick={onShowLog}
      >
        {t('webhooks.deliveries.show')}
      </button>
      {row.active && <DeactivateButton row={row} insurer={insurer} />}
    </div>
  );
}

function DeactivateButton({ row, insurer }: { row: WebhookRow; insurer: string }) {
  const t = useAdminT();
  const shared = useT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [asking, setAsking] = useState(false);
  const deactivate = useMutation(trpc.webhooks.deactivate.mutationOptions({ onSuccess: refresh }));
  const headingId = fieldId('webhook', `${row.id}-deactivate`);
  return (
    <>
      <ActionButton
        small
        secondary
        pending={deactivate.isPending}
        error={deactivate.error}
        label={t('webhooks.deactivate.named', { url: row.url })}
        onClick={() => setAsking(true)}
      >
        {t('webhooks.deactivate')}
      </ActionButton>
      {asking && (
        <ModalDialog labelledBy={headingId} onClose={() => setAsking(false)}>
          <h2 id={headingId}>{t('webhooks.deactivate.question', { url: row.url })}</h2>
          <p>{t('webhooks.deactivate.explain', { insurer })}</p>
          <div className="actions">
            {/* The safe choice comes first, so the dialog opens with the keyboard on it. */}
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {shared('form.cancel')}
            </button>
            <button
              type="button"
              className="button button-secondary button-danger"
              onClick={() => {
                setAsking(false);
                deactivate.mutate({ id: row.id });
              }}
            >
              {t('webhooks.deactivate.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
