// The place search forgives what an agent types on the phone: postcode prefixes, the start of a city or of a
// department's name («Majorstuen»), any case and diacritics («tromso» for Tromsø), one typo («Olso»), and a
// practitioner's name in any order («nordmann kari»). Through `search.network` on real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays } from '@bn/domain';
import type { Caller } from '../testing/index.js';
import { createSearchNetwork, type SearchNetwork } from '../testing/search-network.js';

describe('forgiving place and name search', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let agentX: Caller;
  const names = (hits: { practitionerName: string }[]) => [...new Set(hits.map((h) => h.practitionerName))].sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    const tromso = {
      id: randomUUID(),
      clinicId: net.clinicId,
      name: 'Tromsø sentrum',
      street: 'Storgata 1',
      postcode: '9008',
      city: 'Tromsø',
    };
    await net.admin.departments.upsert(tromso);
    await net.support.departments.setRegistered({ departmentId: tromso.id, registered: true });
    await net.addPractitioner('Kari Nordmann');
    await net.addPractitioner('Ola Hansen', { departmentId: tromso.id });
    agentX = await net.agent('X');
  });
  afterAll(() => db?.drop());

  const search = async (filters: { place?: string; practitionerName?: string }) =>
    names((await agentX.search.network({ from: net.today, to: addDays(net.today, 13), limit: 100, ...filters })).hits);

  it.each([
    ['0366', ['Kari Nordmann']],
    ['03', ['Kari Nordmann']],
    ['036', ['Kari Nordmann']],
    ['0365', ['Kari Nordmann']],
    ['Kirkeveien 64, 0365 Oslo', ['Kari Nordmann']],
    ['OSLO', ['Kari Nordmann']],
    ['Tromso', ['Ola Hansen']],
    ['Tromsa', ['Ola Hansen']],
    ['12345678901', []],
    ['9', ['Ola Hansen']],
    ['Oslo', ['Kari Nordmann']],
    ['oslo', ['Kari Nordmann']],
    ['Osl', ['Kari Nordmann']],
    ['Olso', ['Kari Nordmann']],
    ['Majorstuen', ['Kari Nordmann']],
    ['majorst', ['Kari Nordmann']],
    ['Tromsø', ['Ola Hansen']],
    ['tromso', ['Ola Hansen']],
    ['TROMS', ['Ola Hansen']],
    ['sentrum', ['Ola Hansen']],
    ['Bergen', []],
    ['', ['Kari Nordmann', 'Ola Hansen']],
  ])('place «%s» finds %j', async (place, expected) => {
    expect(await search({ place })).toEqual(expected);
  });

  it.each([
    ['nordmann kari', ['Kari Nordmann']],
    ['Kari Nordmann', ['Kari Nordmann']],
    ['KARI', ['Kari Nordmann']],
    ['hansen  ola', ['Ola Hansen']],
    ['kari hansen', []],
  ])('practitioner «%s» finds %j', async (practitionerName, expected) => {
    expect(await search({ practitionerName })).toEqual(expected);
  });

  it('the why-no-times lookup takes the name in any order too', async () => {
    const found = await agentX.search.findPractitioners({ name: 'nordmann kari' });
    expect(found.map((p) => p.name)).toEqual(['Kari Nordmann']);
  });
});
