// The header's note of which insurer the agent books for, with its own loading and error states.
import { useT } from '@bn/ui';
import { useOwnInsurer } from './use-own-insurer.js';

export function InsurerBadge() {
  const t = useT();
  const insurer = useOwnInsurer();
  if (insurer.data) {
    return (
      <p className="insurer-badge">
        <span className="insurer-label">{t('agent.insurer.label')}</span>
        <span className="insurer-name">{insurer.data.name}</span>
      </p>
    );
  }
  if (insurer.isError) {
    return (
      <p className="insurer-badge" role="alert">
        <span className="warning">{t('agent.insurer.error')}</span>{' '}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => void insurer.refetch()}
          disabled={insurer.isFetching}
        >
          {t('state.retry')}
        </button>
      </p>
    );
  }
  return (
    <p className="insurer-badge muted" role="status">
      {t('agent.insurer.loading')}
    </p>
  );
}
