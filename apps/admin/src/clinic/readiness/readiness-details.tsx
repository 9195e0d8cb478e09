// One book × type: who can book it, and every check with its sentence and where it is fixed.
import { useEffect, useRef } from 'react';
import type { InsurerConfig, ReadinessCheck } from '@bn/domain';
import { StatusBadge, useLocale } from '@bn/ui';
import type { ReadinessRow } from '../../api/types.js';
import { DETAILS_ID } from './readiness-matrix.js';
import { FixAction } from './fix-action.js';
import { splitInsurerReasons } from './readiness-grid.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface DetailsProps {
  row: ReadinessRow;
  insurers: readonly InsurerConfig[];
  onClose: () => void;
}

export function ReadinessDetails({ row, insurers, onClose }: DetailsProps) {
  const t = useAdminT();
  const { locale } = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { result } = row;
  const failing = result.checks.filter((c) => c.status === 'fail').length;
  // What keeps every insurer away is in the checks below, once; each insurer's line says only what is its own.
  const { shared, own } = splitInsurerReasons(result.insurers);

  // Opening a cell moves the keyboard to what it opened.
  useEffect(() => headingRef.current?.focus(), [row.book.id, row.type.id]);

  return (
    <section id={DETAILS_ID} className="card readiness-details" aria-labelledby={`${DETAILS_ID}-heading`}>
      <div className="card-head">
        <h3 id={`${DETAILS_ID}-heading`} ref={headingRef} tabIndex={-1}>
          {t('readiness.details.heading', { book: row.book.name, type: row.type.name })}
        </h3>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('readiness.details.close')}
        </button>
      </div>
      <p className={failing === 0 ? 'lead text-ok' : 'lead text-fail'}>
        {failing === 0
          ? t('readiness.details.allOk')
          : t('readiness.details.failing', { count: failing, total: result.checks.length })}
      </p>

      <h4>{t('readiness.insurers.heading')}</h4>
      {shared.length > 0 && <p>{t('readiness.insurers.shared', { count: shared.length })}</p>}
      <ul className="insurer-list" aria-label={t('readiness.insurers.heading')}>
        {result.insurers.map((i) => {
          const reasons = own.find((o) => o.insurerId === i.insurerId)?.reasons ?? [];
          const app = insurers.find((x) => x.id === i.insurerId);
          const who = app?.hasPatientApp
            ? t('readiness.insurers.agentsAndApp', { app: app.appName ?? t('readiness.insurers.app') })
            : t('readiness.insurers.agents');
          return (
            <li key={i.insurerId}>
              <span className="insurer-name">{i.insurerName}</span>{' '}
              <StatusBadge
                status={i.bookable ? 'ok' : 'fail'}
                label={i.bookable ? t('readiness.insurers.canBook') : t('readiness.insurers.cannotBook')}
              />
              <span className="muted"> {who}</span>
              {reasons.length > 0 && (
                <ul className="reasons">
                  {reasons.map((r) => (
                    <li key={r.key}>{locale === 'nb' ? r.message : r.messageEn}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>

      {result.bookable && (
        <p>
          {t('readiness.offeredAs', { tariffs: result.insuranceTariffs.map((x) => `${x.code} ${x.name}`).join(', ') })}{' '}
          {t('readiness.offeredAt', { addresses: result.addresses.map((a) => `${a.name}, ${a.street}`).join('; ') })}
        </p>
      )}

      <h4>{t('readiness.checks.heading')}</h4>
      <ul className="check-list" aria-label={t('readiness.checks.heading')}>
        {result.checks.map((c) => (
          <CheckItem key={c.key} check={c} />
        ))}
      </ul>
    </section>
  );
}

const STATUS_KEYS = { ok: 'readiness.status.ok', fail: 'readiness.status.fail', na: 'readiness.status.na' } as const;

function CheckItem({ check }: { check: ReadinessCheck }) {
  const t = useAdminT();
  const { locale } = useLocale();
  return (
    <li className={`check-item check-${check.status}`}>
      <StatusBadge status={check.status} label={t(STATUS_KEYS[check.status])} />
      <span className="rule-id" title={t('readiness.ruleId')}>
        {check.rule}
      </span>
      <span className="check-message">{locale === 'nb' ? check.message : check.messageEn}</span>
      <FixAction fix={check.fix} status={check.status} />
    </li>
  );
}
