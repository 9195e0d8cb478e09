// «Kontakt nettverket» with the network's address and number (the server's NETWORK_CONTACT_*), where only the
// network can fix something. Without them (none configured, or not loaded yet) the words alone still say whom to ask.
import { useQuery } from '@tanstack/react-query';
import { formatNorwegianPhone } from '@bn/domain';
import { useTRPC } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function NetworkContactLine() {
  const t = useAdminT();
  const trpc = useTRPC();
  // Every line that needs it shares one request; the contact changes only with the server's configuration.
  const contact = useQuery({ ...trpc.readiness.networkContact.queryOptions(), staleTime: Infinity }).data;
  if (!contact) return <strong>{t('readiness.contact.network')}</strong>;
  return (
    <span className="network-contact">
      <strong>{t('readiness.contact.networkWho', { name: contact.name })}</strong>
      {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      {contact.phone && (
        <a href={`tel:${contact.phone}`}>
          {t('readiness.contact.phone', { phone: formatNorwegianPhone(contact.phone) })}
        </a>
      )}
    </span>
  );
}
