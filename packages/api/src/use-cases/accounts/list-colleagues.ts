import { User, type EntityManager } from '@bn/db';

/**
 * The agents of one insurer, by name: whom «Finn booking» can be narrowed to. Names only, and a deactivated agent
 * too, whose bookings are still there; never another insurer's agents.
 */
export async function listColleagues({
  em,
  insurerId,
}: {
  em: EntityManager;
  insurerId: string;
}): Promise<{ id: string; name: string }[]> {
  const users = await em.find(
    User,
    { role: 'insurer_agent', insurer: insurerId },
    { fields: ['id', 'name'], orderBy: { name: 'asc', id: 'asc' } },
  );
  return users.map((u) => ({ id: u.id, name: u.name }));
}
