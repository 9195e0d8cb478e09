// The header's note of which insurer the agent books for, with its own loading and error states.

import { useOwnInsurer } from './use-own-insurer.js';
import { useAgentT } from './i18n/agent-messages.js';

export function InsurerBadge() {
  const t = useAgentT();
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
