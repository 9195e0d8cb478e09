// Before the specs that book: the test department, its type and every such spec's own practitioner, through the
// network's API. One after the other: each save rewrites the clinic's search data, so saves side by side only wait
// for each other.
import { test } from './fixtures.js';
import { apiAs } from './network-api.js';
import { SPEC_PRACTITIONERS, seedDepartmentAndType, seedPractitioner } from './spec-practitioners.js';

test('the spec practitioners are set up for network booking', async () => {
  const sessions = {
    admin: await apiAs('clinic_admin'),
    support: await apiAs('support'),
    operator: await apiAs('network_operator'),
  };
  const clinicId = await seedDepartmentAndType(sessions);
  let hpr = 4_100_000;
  for (const p of Object.values(SPEC_PRACTITIONERS))
    await test.step(p.name, () => seedPractitioner(sessions, clinicId, p, String(hpr++)));
  for (const session of Object.values(sessions)) await session.dispose();
});
