// A refused hold or confirmation: what happened, in the agent's words for that code (with the server's own, more
// specific Norwegian sentence under it when there is one), and the ways forward that make sense for it.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { readApiError, useLocale } from '@bn/ui';
import { wordError } from '@bn/domain';
import { useAgentT } from '../i18n/agent-messages.js';
import { PATHS } from '../paths.js';
import { refusalFor, type Stage } from './booking-errors.js';

export interface BookingRefusedProps {
  stage: Stage;
  error: unknown;
  searchPath: string;
  retrying?: boolean;
  onRetry?: () => void;
  onHoldAgain?: () => void;
  onFix?: () => void;
}

export function BookingRefused({
  stage,
  error,
  searchPath,
  retrying = false,
  onRetry,
  onHoldAgain,
  onFix,
}: BookingRefusedProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const refusal = refusalFor(stage, readApiError(error));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The page changed under the agent: say so first.
  useEffect(() => headingRef.current?.focus(), [error]);

  return (
    <section className="booking-refused" aria-labelledby="refused-heading" data-code={refusal.code}>
      <h2 id="refused-heading" ref={headingRef} tabIndex={-1}>
        {at(stage === 'hold' ? 'booking.refused.hold.heading' : 'booking.refused.confirm.heading')}
      </h2>
      <div className="alert alert-error">
        <p className="alert-title">{at(refusal.messageKey)}</p>
        {refusal.detail && <p className="refused-detail">{wordError(locale, refusal.code, refusal.detail)}</p>}
      </div>
      <div className="actions">
        {refusal.steps.map((step) => {
          switch (step) {
            case 'retry':
              return onRetry ? (
                <button key={step} type="button" className="button" onClick={onRetry} disabled={retrying}>
                  {retrying ? at('booking.step.retrying') : at('booking.step.retry')}
                </button>
              ) : null;
            case 'holdAgain':
              return onHoldAgain ? (
                <button key={step} type="button" className="button" onClick={onHoldAgain}>
                  {at('booking.step.holdAgain')}
                </button>
              ) : null;
            case 'fix':
              return onFix ? (
                <button key={step} type="button" className="button" onClick={onFix}>
                  {at('booking.step.fix')}
                </button>
              ) : null;
            case 'mine':
              return (
                <Link key={step} className="button" to={PATHS.bookings}>
                  {at('booking.step.mine')}
                </Link>
              );
            case 'search':
              return (
                <Link key={step} className="button button-secondary" to={searchPath}>
                  {at('booking.step.search')}
                </Link>
              );
          }
        })}
      </div>
    </section>
  );
}
