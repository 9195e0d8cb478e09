// "Saksregister" (P2): the insurer cases the network operator registers — one by hand, or many imported at once —
// that a clinic's «Legg til krav med SakID» looks up. The register names no patient: a case has a birth date only.
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@bn/domain';
import { DataTable, QueryView, SelectField, usePageTitle, useTRPC } from '@bn/ui';
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import { useEditing } from '../../api/use-editing.js';
import { displayDate } from '../../clinic/calendar/calendar-params.js';
import { grantText } from '../../clinic/patients/claims-section.js';
import { SavedNotice } from '../../clinic/section-parts.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { ImportCases } from './import-cases.js';
import { RegisterCaseForm } from './register-case-form.js';

type RegisteredCase = inferRouterOutputs<AppRouter>['cases']['list'][number];
type Mode = 'one' | 'import' | null;

export function CaseRegisterPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const { editing: insurerId, open: choose, close: unchoose } = useEditing('selskap');
  const [mode, setMode] = useState<Mode>(null);
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('cases.heading'));
  const insurer = insurers.data?.find((i) => i.id === insurerId);
  const open = (m: Mode) => {
    setSaved(null);
    setMode(m);
  };

  return (
    <section className="page">
      <h1>{t('cases.heading')}</h1>
      <p className="muted">{t('cases.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView
        query={insurers}
        loadingLabel={t('insurers.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('insurers.empty')}
      >
        {(rows) => (
          <SelectField
            id="cases-insurer"
            label={t('cases.insurer')}
            placeholder={t('claims.insurer.choose')}
            value={insurer?.id ?? ''}
            options={rows.map((i) => ({ value: i.id, label: i.name }))}
            onChange={(v) => {
              setMode(null);
              setSaved(null);
              if (v) choose(v);
              else unchoose();
            }}
          />
        )}
      </QueryView>
      {insurers.data && !insurer && insurers.data.length > 0 && <p className="muted">{t('cases.chooseInsurer')}</p>}
      {insurer && (
        <InsurerCases
          key={insurer.id}
          insurer={insurer}
          mode={mode}
          onMode={open}
          onDone={(text) => {
            setMode(null);
            setSaved(text);
          }}
        />
      )}
    </section>
  );
}

interface InsurerCasesProps {
  insurer: { id: string; name: string };
  mode: Mode;
  onMode: (mode: Mode) => void;
  onDone: (text: string) => void;
}

function InsurerCases({ insurer, mode, onMode, onDone }: InsurerCasesProps) {
  const t = useAdminT();
  const trpc = useTRPC();
  const cases = useQuery(trpc.cases.list.queryOptions({ insurerId: insurer.id }));
  const registered = useMemo(() => new Set((cases.data ?? []).map((c) => c.caseId.toUpperCase())), [cases.data]);
  return (
    <section aria-labelledby="cases-list-heading">
      <div className="section-head">
        <h2 id="cases-list-heading">{t('cases.listHeading', { name: insurer.name })}</h2>
        {mode === null && (
          <span className="cell-stack">
            <button type="button" className="button" onClick={() => onMode('one')}>
              {t('cases.register')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => onMode('import')}>
              {t('cases.import')}
            </button>
          </span>
        )}
      </div>
      {mode === 'one' && (
        <RegisterCaseForm
          insurer={insurer}
          onCancel={() => onMode(null)}
          onSaved={(caseId) => onDone(t('cases.register.done', { caseId }))}
        />
      )}
      {mode === 'import' && (
        <ImportCases
          insurer={insurer}
          registered={registered}
          onCancel={() => onMode(null)}
          onImported={(count) => onDone(t('cases.import.done', { count }))}
        />
      )}
      <QueryView
        query={cases}
        loadingLabel={t('cases.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('cases.empty', { name: insurer.name })}
      >
        {(rows) => <CasesTable rows={rows} caption={t('cases.listHeading', { name: insurer.name })} />}
      </QueryView>
    </section>
  );
}

function CasesTable({ rows, caption }: { rows: RegisteredCase[]; caption: string }) {
  const t = useAdminT();
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(c) => c.id}
      columns={[
        { key: 'caseId', header: t('cases.caseId'), nowrap: true, cell: (c) => c.caseId },
        { key: 'birth', header: t('cases.birthDate'), nowrap: true, cell: (c) => displayDate(c.birthDate) },
        { key: 'created', header: t('cases.createdOn'), nowrap: true, cell: (c) => displayDate(c.createdOn) },
        {
          key: 'valid',
          header: t('cases.col.valid'),
          nowrap: true,
          cell: (c) =>
            c.validTo
              ? `${displayDate(c.validFrom)}–${displayDate(c.validTo)}`
              : t('cases.validFromOpen', { from: displayDate(c.validFrom) }),
        },
        {
          key: 'grant',
          header: t('cases.grant'),
          cell: (c) => (c.grant ? grantText(c.grant, t) : t('cases.grant.unreadable')),
        },
        {
          key: 'by',
          header: t('cases.col.registered'),
          cell: (c) =>
            c.registeredByName
              ? t('cases.registeredBy', { name: c.registeredByName, date: formatDate(c.registeredAt) })
              : formatDate(c.registeredAt),
        },
      ]}
    />
  );
}
