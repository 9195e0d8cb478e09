import { clinicPhones } from '@bn/db';
import { searchNetwork, type SearchNetworkOptions, type SlotHit, type SearchCursor } from './search-network.js';

/**
 * The agent's search (search.network): the network's earliest times, and the phone number of each clinic the page
 * names (set by the clinic), so the agent can tell the patient whom to ring.
 */
export async function searchForAgent(o: SearchNetworkOptions): Promise<{
  hits: SlotHit[];
  nextCursor: SearchCursor | null;
  /** clinic id → phone (+47XXXXXXXX), for the page's clinics that have given one. */
  clinicPhones: Record<string, string>;
}> {
  const page = await searchNetwork(o);
  return {
    ...page,
    clinicPhones: await clinicPhones(
      o.em,
      page.hits.map((h) => h.clinicId),
    ),
  };
}
