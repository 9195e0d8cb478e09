import { describe, expect, it } from 'vitest';
import { agentTranslator } from '../i18n/agent-messages.js';
import { offerDescriber, timeLinkName, type OfferFacts } from './time-link-name.js';

const nb = agentTranslator.in('nb');
const en = agentTranslator.in('en');

const majorstuen = { departmentId: 'dep-majorstuen', departmentName: 'Majorstuen', street: 'Bogstadveien 54' };
const bislett = { departmentId: 'dep-bislett', departmentName: 'Bislett', street: 'Thereses gate 12' };
const b1010 = { tariffCode: 'B1010', tariffName: 'Fysioterapi konsultasjon' };
const a3a = { tariffCode: 'A3a', tariffName: 'Behandling hos fysioterapeut' };
const kari = (facts: Partial<OfferFacts>): OfferFacts => ({
  practitionerName: 'Kari Nordmann',
  ...majorstuen,
  ...b1010,
  typeName: 'Fysioterapi 30 min',
  ...facts,
});

// 08:00 on 7 December 2026 in Oslo (winter time, UTC+1).
const at8 = '2026-12-07T07:00:00.000Z';

describe('the name of a time link', () => {
  it('says the time, the date and the practitioner in Oslo time, then which kind of time it is', () => {
    expect(timeLinkName(nb, at8, 'Kari Nordmann', 'Fysioterapi 30 min, Bogstadveien 54')).toBe(
      'Bestill 08:00 07.12.2026 hos Kari Nordmann, Fysioterapi 30 min, Bogstadveien 54',
    );
    expect(timeLinkName(en, Date.parse(at8), 'Kari Nordmann', 'Fysioterapi 30 min')).toBe(
      'Book 08:00 07.12.2026 with Kari Nordmann, Fysioterapi 30 min',
    );
  });

  it('tells two types of the same practitioner apart by the type only, when that is enough', () => {
    const thirty = kari({});
    const first = kari({ typeName: 'Fysioterapi førstegangstime 45 min' });
    const describe = offerDescriber([thirty, first]);
    expect(describe(thirty)).toBe('Fysioterapi 30 min');
    expect(describe(first)).toBe('Fysioterapi førstegangstime 45 min');
    expect(timeLinkName(nb, at8, 'Kari Nordmann', describe(thirty))).not.toBe(
      timeLinkName(nb, at8, 'Kari Nordmann', describe(first)),
    );
  });

  it('adds the street when the practitioner is offered at more than one address, on every one of their times', () => {
    const here = kari({});
    const there = kari({ ...bislett });
    const first = kari({ typeName: 'Fysioterapi førstegangstime 45 min' });
    const ola = { ...kari({}), practitionerName: 'Ola Hansen', typeName: 'Kiropraktor behandling 20 min' };
    const describe = offerDescriber([here, there, first, ola]);
    expect(describe(here)).toBe('Fysioterapi 30 min, Bogstadveien 54');
    expect(describe(there)).toBe('Fysioterapi 30 min, Thereses gate 12');
    expect(describe(first)).toBe('Fysioterapi førstegangstime 45 min, Bogstadveien 54');
    // Another practitioner at one address is not affected.
    expect(describe(ola)).toBe('Kiropraktor behandling 20 min');
  });

  it('adds the department when two addresses share a street', () => {
    const upstairs = kari({});
    const downstairs = kari({ departmentId: 'dep-2', departmentName: 'Majorstuen 2. etg.' });
    const describe = offerDescriber([upstairs, downstairs]);
    expect(describe(upstairs)).toBe('Fysioterapi 30 min, Bogstadveien 54 (Majorstuen)');
    expect(describe(downstairs)).toBe('Fysioterapi 30 min, Bogstadveien 54 (Majorstuen 2. etg.)');
  });

  it('adds the tariff when the same type is offered under more than one tariff', () => {
    const viaB = kari({});
    const viaA = kari({ ...a3a });
    const first = kari({ typeName: 'Fysioterapi førstegangstime 45 min' });
    const describe = offerDescriber([viaB, viaA, first]);
    expect(describe(viaB)).toBe('Fysioterapi 30 min, Fysioterapi konsultasjon');
    expect(describe(viaA)).toBe('Fysioterapi 30 min, Behandling hos fysioterapeut');
    expect(describe(first)).toBe('Fysioterapi førstegangstime 45 min, Fysioterapi konsultasjon');
    // The same type under two tariffs at two different addresses: the address is enough.
    const elsewhere = offerDescriber([viaB, kari({ ...a3a, ...bislett })]);
    expect(elsewhere(viaB)).toBe('Fysioterapi 30 min, Bogstadveien 54');
  });

  it('gives every kind of time a different name, however they combine', () => {
    const offers: OfferFacts[] = [];
    for (const place of [majorstuen, bislett]) {
      for (const tariff of [b1010, a3a]) {
        for (const typeName of ['Fysioterapi 30 min', 'Fysioterapi førstegangstime 45 min'])
          offers.push(kari({ ...place, ...tariff, typeName }));
      }
    }
    const describe = offerDescriber(offers);
    const names = offers.map((o) => timeLinkName(nb, at8, o.practitionerName, describe(o)));
    expect(new Set(names).size).toBe(offers.length);
  });
});
