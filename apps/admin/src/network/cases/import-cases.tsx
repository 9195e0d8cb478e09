// An import of many insurer cases: CSV lines pasted or read from a file, shown line by line with their problems before
// anything is sent; the import is sent only when every line is fine, and the API takes it all or nothing.
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { normaliseCaseId, wordError, wordIssue, type Locale } from '@bn/domain';
import { DataTable, TextareaField, apiErrorText, fieldIssueText, readApiError, useLocale, useTRPC } from '@bn/ui';
import { displayDate } from '../../clinic/calendar/calendar-params.js';
import { grantText } from '../../clinic/patients/claims-section.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT, type AdminTranslate } from '../../i18n/use-admin-t.js';
import { CASE_COLUMNS, readCaseLines, type CaseLine, type LineProblem } from './case-lines.js';

/** As many as `cases.register` takes in one import. */
const MAX_CASES = 1000;

interface Props {
  insurer: { id: string; name: string };
  /** The case ids the register holds for the insurer already, upper case. */
  registered: ReadonlySet<string>;
  onImported: (count: number) => void;
  onCancel: () => void;
}

const COLUMN_KEYS = {
  caseId: 'cases.caseId',
  birthDate: 'cases.birthDate',
  createdOn: 'cases.createdOn',
  validTo: 'cases.validTo',
  grant: 'cases.grant',
} as const;

function problemText(p: LineProblem, line: CaseLine, t: AdminTranslate, locale: Locale): string {
  switch (p.kind) {
    case 'columns':
      return t('cases.problem.columns', { found: p.found, expected: CASE_COLUMNS.length });
    case 'date':
      return `${t(COLUMN_KEYS[p.column])}: ${t('cases.date.format')}`;
    case 'grant':
      return `${t('cases.grant')}: ${t('cases.problem.grant')}`;
    case 'issue': {
      const text = wordIssue(locale, p.issue);
      return p.column ? `${t(COLUMN_KEYS[p.column])}: ${text}` : text;
    }
    case 'duplicate':
      return t('cases.problem.duplicate', { line: p.firstLine });
    case 'registered':
      return wordError(locale, 'CASE_ALREADY_REGISTERED', { caseId: normaliseCaseId(line.cells[0] ?? '') });
  }
}

export function ImportCases({ insurer, registered, onImported, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  // Opened from a button: the keyboard moves into the panel, to its first control.
  useEffect(() => fileRef.current?.focus(), []);
  const lines = useMemo(() => readCaseLines(text, insurer.id, registered), [text, insurer.id, registered]);
  const save = useMutation(trpc.cases.register.mutationOptions({ onSuccess: refresh }));
  const withProblems = lines.filter((l) => l.problems.length > 0).length;
  const tooMany = lines.length > MAX_CASES;
  const ready = lines.length > 0 && withProblems === 0 && !tooMany;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileError(null);
    save.reset();
    try {
      setText(await file.text());
    } catch {
      setFileError(t('cases.import.fileError', { name: file.name }));
    }
  };
  const send = () => {
    const cases = lines.flatMap((l) => (l.value ? [l.value] : []));
    save.mutate(
      { cases },
      {
        onSuccess: () => {
          setText('');
          if (fileRef.current) fileRef.current.value = '';
          onImported(cases.length);
        },
      },
    );
  };

  return (
    <section className="card subsection" aria-labelledby="import-cases-heading">
      <h2 id="import-cases-heading">{t('cases.importFor', { name: insurer.name })}</h2>
      <p className="muted">{t('cases.import.intro')}</p>
      <pre className="muted">{t('cases.import.example')}</pre>
      <div className="field">
        <label htmlFor="import-cases-file">{t('cases.import.file')}</label>
        <input
          id="import-cases-file"
          ref={fileRef}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => void readFile(e)}
        />
        {fileError && (
          <p role="alert" className="field-error">
            {fileError}
          </p>
        )}
      </div>
      <TextareaField
        id="import-cases-text"
        label={t('cases.import.lines')}
        hint={t('cases.import.lines.hint')}
        rows={8}
        value={text}
        onChange={(v) => {
          save.reset();
          setText(v);
        }}
      />
      <p role="status" className={withProblems > 0 || tooMany ? 'field-error' : 'muted'}>
        {lines.length === 0
          ? t('cases.import.nothing')
          : tooMany
            ? t('cases.import.tooMany', { count: lines.length, max: MAX_CASES })
            : withProblems > 0
              ? t('cases.import.problems', { count: lines.length, problems: withProblems })
              : t('cases.import.ready', { count: lines.length })}
      </p>
      {lines.length > 0 && <Preview lines={lines} />}
      {save.error ? <ImportRefusal error={save.error} lines={lines} /> : null}
      <div className="actions">
        <button type="button" className="button" disabled={!ready || save.isPending} onClick={send}>
          {save.isPending ? t('cases.import.sending') : t('cases.import.submit', { count: lines.length })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </section>
  );
}

function Preview({ lines }: { lines: CaseLine[] }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const date = (iso: string | null | undefined) => (iso ? displayDate(iso) : '');
  return (
    <DataTable
      caption={t('cases.import.preview')}
      rows={lines}
      rowKey={(l) => String(l.line)}
      columns={[
        { key: 'line', header: t('cases.col.line'), nowrap: true, cell: (l) => l.line },
        { key: 'caseId', header: t('cases.caseId'), cell: (l) => normaliseCaseId(l.cells[0] ?? '') },
        { key: 'birth', header: t('cases.birthDate'), nowrap: true, cell: (l) => date(l.value?.birthDate) },
        { key: 'created', header: t('cases.createdOn'), nowrap: true, cell: (l) => date(l.value?.createdOn) },
        {
          key: 'to',
          header: t('cases.validTo'),
          nowrap: true,
          cell: (l) => (l.value ? (l.value.validTo ? date(l.value.validTo) : t('cases.noEnd')) : ''),
        },
        { key: 'grant', header: t('cases.grant'), cell: (l) => (l.value ? grantText(l.value.grant, t) : '') },
        {
          key: 'problems',
          header: t('cases.col.problems'),
          cell: (l) =>
            l.problems.length === 0 ? (
              <span className="text-ok">{t('cases.import.lineOk')}</span>
            ) : (
              <ul className="text-fail">
                {l.problems.map((p, i) => (
                  <li key={i}>{problemText(p, l, t, locale)}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

/** The API's refusal of the whole import, with each field issue by the line it came from. */
function ImportRefusal({ error, lines }: { error: unknown; lines: CaseLine[] }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const info = readApiError(error);
  const sent = lines.filter((l) => l.value);
  return (
    <div role="alert" tabIndex={-1} className="alert alert-error">
      <p className="alert-title">{apiErrorText(info, locale, t('cases.import.network'))}</p>
      {info.issues.length > 0 && (
        <ul>
          {info.issues.map((issue, i) => {
            const index = issue.path[0] === 'cases' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
            const line = index === null ? null : sent[index]?.line;
            const text = fieldIssueText(issue, locale);
            return <li key={i}>{line ? t('cases.import.onLine', { line, text }) : text}</li>;
          })}
        </ul>
      )}
      <p>{t('cases.import.nothingSaved')}</p>
    </div>
  );
}
