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
import {
  NETWORK_CONFIG_SECTIONS,
  NETWORK_CONFIG_VERSION,
  type NetworkConfig,
  type Restrictions,
  type UserConfig,
} from '@bn/domain';
import {
  toAgreementConfig,
  toBookConfig,
  toClinicConfig,
  toDepartmentConfig,
  toInsurerConfig,
  toMembershipConfig,
  toPractitionerConfig,
  toRuleConfig,
  toTariffConfig,
  toTemplateConfig,
  toTypeConfig,
  toWorkPlanConfig,
} from '../../config-shape.js';

export interface ExportNetworkConfigOptions {
  em: EntityManager;
}

/**
 * The whole network as one document (docs/network-config.md). Every array is sorted by id and every object has its
 * fields in the schema's order, so exporting an unchanged database twice gives the same bytes. Passwords, sessions,
 * bookings and the audit log are not configuration and are never exported.
 */
export async function exportNetworkConfig({ em }: ExportNetworkConfigOptions): Promise<NetworkConfig> {
  // One query per table; many-to-one references are read as ids without loading the rows they point at.
  const insurers = await em.find(Insurer, {}, {});
  const tariffs = await em.find(Tariff, {}, {});
  const users = await em.find(User, {}, {});
  const userClinics = await em.find(UserClinic, {});
  const clinics = await em.find(Clinic, {}, {});
  const departments = await em.find(Department, {}, {});
  const practitioners = await em.find(Practitioner, {}, {});
  const memberships = await em.find(Membership, {}, {});
  const agreements = await em.find(Agreement, {}, {});
  const books = await em.find(AppointmentBook, {}, {});
  const types = await em.find(AppointmentType, {}, {});
  const rules = await em.find(TypeRule, {}, { populate: ['tariffs'] });
  const templates = await em.find(WeekTemplate, {}, {});
  const workPlans = await em.find(WorkPlan, {}, {});

  const clinicsOfUser = new Map<string, string[]>();
  for (const uc of userClinics) clinicsOfUser.set(uc.user.id, [...(clinicsOfUser.get(uc.user.id) ?? []), uc.clinic.id]);

  const doc: NetworkConfig = {
    version: NETWORK_CONFIG_VERSION,
    insurers: insurers.map(toInsurerConfig),
    tariffs: tariffs.map(toTariffConfig),
    users: users.map((u) => toUserConfig(u, clinicsOfUser.get(u.id) ?? [])),
    clinics: clinics.map(toClinicConfig),
    departments: departments.map(toDepartmentConfig),
    practitioners: practitioners.map(toPractitionerConfig),
    memberships: memberships.map(toMembershipConfig),
    agreements: agreements.map(toAgreementConfig),
    books: books.map((b) => ({ ...toBookConfig(b), restrictions: orderedRestrictions(b.restrictions) })),
    types: types.map((t) => ({ ...toTypeConfig(t), ownLimits: orderedRestrictions(t.ownLimits) })),
    rules: rules.map((r) => ({
      ...toRuleConfig(r),
      tariffIds: r.tariffs
        .getItems()
        .map((t) => t.id)
        .sort(byText),
    })),
    weekTemplates: templates.map((t) => {
      const c = toTemplateConfig(t);
      return {
        ...c,
        windows: c.windows.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end, typeIds: [...w.typeIds] })),
        breaks: c.breaks.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end })),
      };
    }),
    workPlans: workPlans.map((p) => {
      const c = toWorkPlanConfig(p);
      return {
        ...c,
        weeks: c.weeks.map((w) => ({ isoYear: w.isoYear, isoWeek: w.isoWeek, templateId: w.templateId })),
        closedDays: c.closedDays.map((d) => ({ date: d.date, reason: d.reason })),
        openedHolidays: [...c.openedHolidays],
      };
    }),
  };
  for (const section of NETWORK_CONFIG_SECTIONS) (doc[section] as { id: string }[]).sort((a, b) => byText(a.id, b.id));
  return doc;
}

/** A user in document form: the scope, never the password. Clinic ids are a set, written sorted. */
export function toUserConfig(u: User, clinicIds: string[]): UserConfig {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    clinicIds: [...clinicIds].sort(byText),
    practitionerId: u.practitioner?.id ?? null,
    insurerId: u.insurer?.id ?? null,
  };
}

/** PostgreSQL's jsonb keeps its own key order; the document keeps the schema's. */
function orderedRestrictions(r: Restrictions): Restrictions {
  return {
    daysAhead: r.daysAhead ?? null,
    minNoticeHours: r.minNoticeHours ?? null,
    cancellationDeadlineHours: r.cancellationDeadlineHours ?? null,
    cancellationAllowed: r.cancellationAllowed ?? true,
    maxSelfBooked: r.maxSelfBooked ?? null,
  };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
