// How each section of a network configuration document becomes rows: one writer per section, used by the import.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import {
  Agreement,
  AppointmentBook,
  AppointmentType,
  Clinic,
  Department,
  Insurer,
  Membership,
  Practitioner,
  Tariff,
  TypeRule,
  User,
  UserClinic,
  WeekTemplate,
  WorkPlan,
} from '@bn/db';
import type { NetworkConfig, NetworkConfigSection } from '@bn/domain';

type Row<K extends NetworkConfigSection> = NetworkConfig[K][number];

export interface WriteContext {
  em: EntityManager;
  now: Date;
  /** The clinic each practitioner, book and type belongs to, after the import: for the audit log's clinic. */
  clinicOf: { practitioners: Map<string, string>; books: Map<string, string>; types: Map<string, string> };
}

export interface SectionWriter<K extends NetworkConfigSection> {
  /** The audit log's name for the row kind, as the configuration procedures write it. */
  entity: string;
  clinicId(row: Row<K>, ctx: WriteContext): string | null;
  /** Creates the row, or updates `existing` (loaded by `load`) to match; `before` is the row as the database had it. */
  write(row: Row<K>, existing: object | undefined, before: Row<K> | undefined, ctx: WriteContext): void;
  load(ids: string[], ctx: WriteContext): Promise<{ id: string }[]>;
}

/** A time the database keeps for a yes/no of the document: kept while the answer stays yes, set when it turns yes. */
function since(current: Date | null | undefined, yes: boolean, now: Date): Date | null {
  return yes ? (current ?? now) : null;
}

/** A password hash no password matches (it is not an argon2 string): imported users set theirs through a reset. */
function unusablePasswordHash(): string {
  return `!imported:${randomBytes(16).toString('hex')}`;
}

function upsert<E extends object>(
  ctx: WriteContext,
  entity: unknown,
  existing: E | undefined,
  id: string,
  data: object,
): E {
  if (existing) {
    // assign changes the entity it is given and returns it.
    ctx.em.assign(existing, data as never);
    return existing;
  }
  return ctx.em.create<E>(entity as never, { id, ...data } as never);
}

const find = (entity: unknown, populate?: string[]) => (ids: string[], ctx: WriteContext) =>
  ctx.em.find(entity as typeof Clinic, { id: { $in: ids } }, populate ? ({ populate } as never) : {}) as Promise<
    { id: string }[]
  >;

const ref = <T extends object>(ctx: WriteContext, entity: unknown, id: string | null): T | null =>
  id === null ? null : (ctx.em.getReference(entity as typeof Clinic, id) as unknown as T);

export const WRITERS: { [K in NetworkConfigSection]: SectionWriter<K> } = {
  insurers: {
    entity: 'insurer',
    clinicId: () => null,
    load: find(Insurer),
    write: ({ id, ...data }, existing, _before, ctx) => upsert(ctx, Insurer, existing, id, data),
  },
  tariffs: {
    entity: 'tariff',
    clinicId: () => null,
    load: find(Tariff),
    write: ({ id, ...data }, existing, _before, ctx) => upsert(ctx, Tariff, existing, id, data),
  },
  clinics: {
    entity: 'clinic',
    clinicId: (c) => c.id,
    load: find(Clinic),
    write: ({ id, severalDepartmentsNotified, ...data }, existing, _before, ctx) => {
      const notifiedAt = since(
        (existing as Clinic | undefined)?.severalDepartmentsNotifiedAt,
        severalDepartmentsNotified,
        ctx.now,
      );
      upsert(ctx, Clinic, existing, id, { ...data, severalDepartmentsNotifiedAt: notifiedAt });
    },
  },
  departments: {
    entity: 'department',
    clinicId: (d) => d.clinicId,
    load: find(Department),
    write: ({ id, clinicId, registeredWithNetwork, ...data }, existing, _before, ctx) => {
      const registeredAt = since(
        (existing as Department | undefined)?.registeredWithNetworkAt,
        registeredWithNetwork,
        ctx.now,
      );
      upsert(ctx, Department, existing, id, {
        ...data,
        clinic: ref(ctx, Clinic, clinicId),
        registeredWithNetworkAt: registeredAt,
      });
    },
  },
  practitioners: {
    entity: 'practitioner',
    clinicId: (p) => p.clinicId,
    load: find(Practitioner),
    write: ({ id, clinicId, ...data }, existing, _before, ctx) =>
      upsert(ctx, Practitioner, existing, id, { ...data, clinic: ref(ctx, Clinic, clinicId) }),
  },
  memberships: {
    entity: 'membership',
    clinicId: (m, ctx) => ctx.clinicOf.practitioners.get(m.practitionerId) ?? null,
    load: find(Membership),
    write: ({ id, practitionerId, status }, existing, before, ctx) => {
      // The decision time changes only with the decision.
      const decidedAt =
        before?.status === status
          ? ((existing as Membership).decidedAt ?? null)
          : status === 'pending'
            ? null
            : ctx.now;
      upsert(ctx, Membership, existing, id, {
        practitioner: ref(ctx, Practitioner, practitionerId),
        status,
        decidedAt,
      });
    },
  },
  agreements: {
    entity: 'agreement',
    clinicId: (a, ctx) =>
      a.clinicId ?? (a.practitionerId ? (ctx.clinicOf.practitioners.get(a.practitionerId) ?? null) : null),
    load: find(Agreement),
    write: ({ id, insurerId, clinicId, practitionerId, ...data }, existing, _before, ctx) =>
      upsert(ctx, Agreement, existing, id, {
        ...data,
        insurer: ref(ctx, Insurer, insurerId),
        clinic: ref(ctx, Clinic, clinicId),
        practitioner: ref(ctx, Practitioner, practitionerId),
      }),
  },
  users: {
    entity: 'user',
    clinicId: () => null,
    load: find(User),
    write: ({ id, clinicIds, insurerId, practitionerId, ...data }, existing, before, ctx) => {
      const scope = {
        ...data,
        insurer: ref<Insurer>(ctx, Insurer, insurerId),
        practitioner: ref<Practitioner>(ctx, Practitioner, practitionerId),
      };
      // Never touches an existing user's password; a new one gets a hash no password matches.
      const user = existing
        ? // The assertion picks `assign`'s entity type; without it TypeScript infers a type no data fits.
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
          ctx.em.assign(existing as User, scope)
        : ctx.em.create(User, { id, ...scope, passwordHash: unusablePasswordHash(), locale: 'nb' });
      const had = new Set(before?.clinicIds ?? []);
      for (const clinicId of clinicIds)
        if (!had.has(clinicId)) ctx.em.create(UserClinic, { user, clinic: ref<Clinic>(ctx, Clinic, clinicId)! });
      const gone = [...had].filter((c) => !clinicIds.includes(c));
      for (const clinicId of gone) ctx.em.remove(ctx.em.getReference(UserClinic, [id, clinicId] as never));
    },
  },
  books: {
    entity: 'book',
    clinicId: (b) => b.clinicId,
    load: find(AppointmentBook),
    write: ({ id, clinicId, ownerPractitionerId, ...data }, existing, _before, ctx) =>
      upsert(ctx, AppointmentBook, existing, id, {
        ...data,
        clinic: ref(ctx, Clinic, clinicId),
        ownerPractitioner: ref(ctx, Practitioner, ownerPractitionerId),
      }),
  },
  types: {
    entity: 'type',
    clinicId: (t) => t.clinicId,
    load: find(AppointmentType),
    write: ({ id, clinicId, departmentId, ...data }, existing, _before, ctx) =>
      upsert(ctx, AppointmentType, existing, id, {
        ...data,
        clinic: ref(ctx, Clinic, clinicId),
        department: ref(ctx, Department, departmentId),
      }),
  },
  rules: {
    entity: 'rule',
    clinicId: (r, ctx) => ctx.clinicOf.books.get(r.bookId) ?? null,
    load: find(TypeRule, ['tariffs']),
    write: ({ id, typeId, bookId, patientList, tariffIds }, existing, _before, ctx) => {
      const rule = upsert(ctx, TypeRule, existing as TypeRule | undefined, id, {
        type: ref(ctx, AppointmentType, typeId),
        book: ref(ctx, AppointmentBook, bookId),
        patientList,
      });
      rule.tariffs.set(tariffIds.map((t) => ctx.em.getReference(Tariff, t)));
    },
  },
  weekTemplates: {
    entity: 'template',
    clinicId: (t, ctx) => ctx.clinicOf.books.get(t.bookId) ?? null,
    load: find(WeekTemplate),
    write: ({ id, bookId, ...data }, existing, _before, ctx) =>
      upsert(ctx, WeekTemplate, existing, id, { ...data, book: ref(ctx, AppointmentBook, bookId) }),
  },
  workPlans: {
    entity: 'workPlan',
    clinicId: (p, ctx) => ctx.clinicOf.books.get(p.bookId) ?? null,
    load: find(WorkPlan),
    write: ({ id, bookId, ...data }, existing, _before, ctx) =>
      upsert(ctx, WorkPlan, existing, id, { ...data, book: ref(ctx, AppointmentBook, bookId) }),
  },
};
