// The network's contact details: shown where only the network can fix something (the readiness check's «Kontakt
// nettverket»). They are configuration (NETWORK_CONTACT_* in the server's environment), never written into a screen.
import { normaliseNorwegianPhone } from './validators/norwegian-phone.js';

export interface NetworkContact {
  /** Who to contact, as the clinic should address them. */
  name: string;
  email: string | null;
  /** Stored +47XXXXXXXX (formatNorwegianPhone writes it as people read it). */
  phone: string | null;
}

/** What a demo or a development server shows when nothing is configured: a reserved domain, a made-up number. */
export const DEMO_NETWORK_CONTACT: NetworkContact = {
  name: 'Behandlernettverket, kundeservice',
  email: 'kundeservice@behandlernettverk.local',
  phone: '+4721000000',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads NETWORK_CONTACT_NAME, NETWORK_CONTACT_EMAIL and NETWORK_CONTACT_PHONE. None set: the demo contact, or none
 * (null) in production, where a made-up address must never reach a clinic. A bad value is refused loudly.
 */
export function parseNetworkContact(
  env: { name?: string; email?: string; phone?: string },
  production: boolean,
): NetworkContact | null {
  const [name, email, phone] = [env.name?.trim(), env.email?.trim(), env.phone?.trim()];
  if (!name && !email && !phone) return production ? null : DEMO_NETWORK_CONTACT;
  if (!email && !phone)
    throw new Error('NETWORK_CONTACT_EMAIL or NETWORK_CONTACT_PHONE must be given with NETWORK_CONTACT_NAME');
  if (email && (!EMAIL.test(email) || email.length > 200))
    throw new Error(`NETWORK_CONTACT_EMAIL must be an e-mail address, got "${email}"`);
  const stored = phone ? normaliseNorwegianPhone(phone) : null;
  if (phone && !stored) throw new Error(`NETWORK_CONTACT_PHONE must be a Norwegian phone number, got "${phone}"`);
  return { name: name || 'Behandlernettverket', email: email || null, phone: stored };
}
