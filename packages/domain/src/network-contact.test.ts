import { describe, expect, it } from 'vitest';
import { DEMO_NETWORK_CONTACT, parseNetworkContact } from './network-contact.js';

describe('the network contact from the environment', () => {
  it('is the demo contact when nothing is set, and none in production', () => {
    expect(parseNetworkContact({}, false)).toEqual(DEMO_NETWORK_CONTACT);
    expect(parseNetworkContact({ name: ' ', email: '' }, true)).toBeNull();
  });

  it('keeps what is configured, the phone number stored as +47 and the name defaulted', () => {
    expect(
      parseNetworkContact({ name: 'Nettverket AS', email: 'hjelp@nettverket.no', phone: '22 12 34 56' }, true),
    ).toEqual({
      name: 'Nettverket AS',
      email: 'hjelp@nettverket.no',
      phone: '+4722123456',
    });
    expect(parseNetworkContact({ phone: '0047 912 34 567' }, true)).toEqual({
      name: 'Behandlernettverket',
      email: null,
      phone: '+4791234567',
    });
  });

  it('refuses a bad address, a bad number, or a name with no way to reach it', () => {
    expect(() => parseNetworkContact({ email: 'hjelp.nettverket.no' }, false)).toThrow(/NETWORK_CONTACT_EMAIL/);
    expect(() => parseNetworkContact({ phone: '12345' }, false)).toThrow(/NETWORK_CONTACT_PHONE/);
    expect(() => parseNetworkContact({ name: 'Nettverket AS' }, false)).toThrow(/NETWORK_CONTACT_EMAIL or/);
  });
});
