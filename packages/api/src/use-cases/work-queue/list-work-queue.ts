import type { EntityManager } from '@bn/db';
import { Agreement, Department, Clinic, Membership } from '@bn/db';
import type { AgreementConfig, MembershipResetReason, Profession, Role } from '@bn/domain';
import { toAgreementConfig } from '../../config-shape.js';

export interface ListWorkQueueOptions {
  em: EntityManager;
  role: Extract<Role, 'network_operator' | 'support'>;
}

/** A membership application (N2) waiting for the operator's decision. */
export interface MembershipQueueItem {
  kind: 'membership';
  id: string;
  since: Date;
  practitioner: { id: string; name: string; profession: Profession; hprNumber: string | null };
  clinic: { id: string; name: string };
  resetReason: MembershipResetReason | null;
}

/** An agreement (N3) registered as pending, waiting for the operator to approve it. */
export interface AgreementQueueItem {
  kind: 'agreement';
  id: string;
  since: Date;
  insurer: { id: string; name: string };
  /** The clinic the agreement is with, or the practitioner's clinic for a personal agreement. */
  clinic: { id: string; name: string };
  practitionerName: string | null;
  /** The agreement as stored, for approving it with `agreements.upsert`. */
  agreement: AgreementConfig;
}

/** A clinic that told the network it has several departments (D2), with addresses support has still to register. */
export interface DepartmentsQueueItem {
  kind: 'departments';
  id: string;
  since: Date;
  clinic: { id: string; name: string };
  unregistered: number;
}

export type WorkQueueItem = MembershipQueueItem | AgreementQueueItem | DepartmentsQueueItem;

/**
 * What waits for the network, oldest first: the operator sees everything, support only the department notices (the
 * only part that is theirs). Activation requests do not exist as such: a clinic asks outside the product (N5).
 */
export async function listWorkQueue({ em, role }: ListWorkQueueOptions): Promise<WorkQueueItem[]> {
  const operator = role === 'network_operator';
  const [memberships, agreements, departments] = await Promise.all([
    operator ? pendingMemberships(em) : [],
    operator ? pendingAgreements(em) : [],
    departmentNotices(em),
  ]);
  return [...memberships, ...agreements, ...departments].sort(
    (a, b) => a.since.getTime() - b.since.getTime() || a.id.localeCompare(b.id),
  );
}

async function pendingMemberships(em: EntityManager): Promise<MembershipQueueItem[]> {
  const rows = await em.find(
    Membership,
    { status: 'pending' },
    { populate: ['practitioner', 'practitioner.clinic'], orderBy: { createdAt: 'asc' } },
  );
  return rows.map((m) => ({
    kind: 'membership',
    id: m.id,
    since: m.createdAt,
    practitioner: {
      id: m.practitioner.id,
      name: m.practitioner.name,
      profession: m.practitioner.profession,
      hprNumber: m.practitioner.hprNumber ?? null,
    },
    clinic: { id: m.practitioner.clinic.id, name: m.practitioner.clinic.name },
    resetReason: m.resetReason ?? null,
  }));
}

async function pendingAgreements(em: EntityManager): Promise<AgreementQueueItem[]> {
  const rows = await em.find(
    Agreement,
    { status: 'pending' },
    { populate: ['insurer', 'clinic', 'practitioner', 'practitioner.clinic'], orderBy: { createdAt: 'asc' } },
  );
  return rows.map((a) => {
    const clinic = a.clinic ?? a.practitioner!.clinic;
    return {
      kind: 'agreement',
      id: a.id,
      since: a.createdAt,
      insurer: { id: a.insurer.id, name: a.insurer.name },
      clinic: { id: clinic.id, name: clinic.name },
      practitionerName: a.practitioner?.name ?? null,
      agreement: toAgreementConfig(a),
    };
  });
}

async function departmentNotices(em: EntityManager): Promise<DepartmentsQueueItem[]> {
  const clinics = await em.find(Clinic, { severalDepartmentsNotifiedAt: { $ne: null } });
  const unregistered = await em.find(Department, {
    clinic: { $in: clinics.map((c) => c.id) },
    registeredWithNetworkAt: null,
  });
  return clinics.flatMap((c) => {
    const waiting = unregistered.filter((d) => d.clinic.id === c.id).length;
    if (waiting === 0) return [];
    const clinic = { id: c.id, name: c.name };
    return [
      { kind: 'departments' as const, id: c.id, since: c.severalDepartmentsNotifiedAt!, clinic, unregistered: waiting },
    ];
  });
}

export type WorkQueueCounts = Record<WorkQueueItem['kind'], number> & { total: number };

/** The counts the navigation shows: how many items of each kind wait. */
export function countWorkQueue(items: WorkQueueItem[]): WorkQueueCounts {
  const of = (kind: WorkQueueItem['kind']) => items.filter((i) => i.kind === kind).length;
  return {
    membership: of('membership'),
    agreement: of('agreement'),
    departments: of('departments'),
    total: items.length,
  };
}
