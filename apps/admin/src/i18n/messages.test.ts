import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '@bn/domain';
import { sharedCatalogues } from '@bn/ui';
import { ADMIN_PARTS, adminTranslator } from './use-admin-t.js';

describe('the admin app’s catalogue', () => {
  it('has an English text for every Norwegian one, none empty, well-formed, with the same values; no key twice', () => {
    expect(
      catalogueProblems(
        { shared: sharedCatalogues, ...ADMIN_PARTS },
        {
          // Names, codes and symbols that read the same in both languages.
          sameInBoth: Object.keys(adminTranslator.catalogues.nb).filter((k) => SAME_IN_BOTH.has(k)),
        },
      ),
    ).toEqual([]);
  });

  it('fills in values and counts in the chosen language', () => {
    expect(adminTranslator('nb', 'calendar.caption.week', { week: 49, from: '30.11.2026', to: '06.12.2026' })).toBe(
      'Uke 49: 30.11.2026–06.12.2026',
    );
    expect(adminTranslator('en', 'appointment.caseId', { caseId: '6QPTR' })).toBe('Case id 6QPTR');
  });
});

/** Texts that read the same in both languages: «Status», «SMS», units, and values only. */
const SAME_IN_BOTH = new Set<string>([
  'calendar.caption.day',
  'calendar.column',
  'details.status',
  'details.none',
  'details.source.agentNamed',
  'patients.col.status',
  'patients.col.claimStatus',
  'claims.grant.tariff',
  'notifications.col.status',
  'notifications.channel.sms',
  'jobs.duration.ms',
  'jobs.duration.s',
  'jobs.duration.min',
  'books.col.online',
  'types.col.online',
  'types.minutes',
  'types.minutesParen',
  'readiness.cell.context',
  'readiness.details.heading',
  'audit.field.status',
  'memberships.col.status',
  'agreements.status',
  'webhooks.heading',
  'admin.nav.webhooks',
  'deliveries.last.code',
  'deliveries.col.type',
]);
