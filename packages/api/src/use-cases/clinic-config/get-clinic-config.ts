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
  WeekTemplate,
  WorkPlan,
} from '@bn/db';
import {
  AppError,
  type AgreementConfig,
  type AppointmentTypeConfig,
  type BookConfig,
  type ClinicConfig,
  type DepartmentConfig,
  type InsurerConfig,
  type MembershipConfig,
  type MembershipResetReason,
  type PractitionerConfig,
  type SessionUser,
  type TariffConfig,
  type TypeRuleConfig,
  type WeekTemplateConfig,
  type WorkPlanConfig,
} from '@bn/domain';
import {
  toAgreementConfig,
  toBookConfig,
  toClinicConfig,
  toDepartmentConfig,
  toInsurerConfig,
  toPractitionerConfig,
  toRuleConfig,
  toTariffConfig,
  toTemplateConfig,
  toTypeConfig,
  toWorkPlanConfig,
} from '../../config-shape.js';
import { assertClinicAccess } from '../../scope.js';

export interface GetClinicConfigOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
}

export interface ClinicConfigView {
  clinic: ClinicConfig;
  departments: DepartmentConfig[];
  practitioners: (PractitionerConfig & {
    membership: MembershipConfig['status'] | null;
    /** Why an approved membership went back to pending on its own (N2), until the network decides again. */
    membershipResetReason: MembershipResetReason | null;
    /** Why the network rejected the application (N2); shown to the clinic until it applies again. */
    membershipRejectionReason: string | null;
  })[];
  books: BookConfig[];
  types: AppointmentTypeConfig[];
  rules: TypeRuleConfig[];
  templates: WeekTemplateConfig[];
  workPlans: WorkPlanConfig[];
  /** The clinic's agreements and the personal agreements of its practitioners. */
  agreements: (AgreementConfig & { insurerName: string })[];
  /** The network's whole tariff list and every insurer: what the clinic's forms choose from. */
  tariffs: TariffConfig[];
  insurers: InsurerConfig[];
}

/** A clinic's whole configuration in config shape: the admin app's screens read this one answer. */
export async function getClinicConfig({ em, user, clinicId }: GetClinicConfigOptions): Promise<ClinicConfigView> {
  assertClinicAccess(user, clinicId);
  const clinic = await em.findOne(Clinic, { id: clinicId });
  if (!clinic) throw new AppError('NOT_FOUND');
  const inClinic = { clinic: clinicId };
  const inBooks = { book: { clinic: clinicId } };
  const [
    departments,
    practitioners,
    memberships,
    books,
    types,
    rules,
    templates,
    plans,
    agreements,
    tariffs,
    insurers,
  ] = await Promise.all([
    em.find(Department, inClinic, { orderBy: { name: 'asc' } }),
    em.find(Practitioner, inClinic, { orderBy: { name: 'asc' } }),
    em.find(Membership, { practitioner: inClinic }),
    em.find(AppointmentBook, inClinic, { orderBy: { name: 'asc' } }),
    em.find(AppointmentType, inClinic, { orderBy: { name: 'asc' } }),
    em.find(TypeRule, inBooks, { populate: ['tariffs'], orderBy: { id: 'asc' } }),
    em.find(WeekTemplate, inBooks, { orderBy: { name: 'asc' } }),
    em.find(WorkPlan, inBooks, { orderBy: { id: 'asc' } }),
    em.find(
      Agreement,
      { $or: [inClinic, { practitioner: inClinic }] },
      { populate: ['insurer'], orderBy: { validFrom: 'desc' } },
    ),
    em.find(Tariff, {}, { orderBy: { code: 'asc' } }),
    em.find(Insurer, {}, { orderBy: { name: 'asc' } }),
  ]);
  return {
    clinic: toClinicConfig(clinic),
    departments: departments.map(toDepartmentConfig),
    practitioners: practitioners.map((p) => ({
      ...toPractitionerConfig(p),
      membership: memberships.find((m) => m.practitioner.id === p.id)?.status ?? null,
      membershipResetReason: memberships.find((m) => m.practitioner.id === p.id)?.resetReason ?? null,
      membershipRejectionReason: memberships.find((m) => m.practitioner.id === p.id)?.rejectionReason ?? null,
    })),
    books: books.map(toBookConfig),
    types: types.map(toTypeConfig),
    rules: rules.map((r) => toRuleConfig(r)),
    templates: templates.map(toTemplateConfig),
    workPlans: plans.map(toWorkPlanConfig),
    agreements: agreements.map((a) => ({ ...toAgreementConfig(a), insurerName: a.insurer.name })),
    tariffs: tariffs.map(toTariffConfig),
    insurers: insurers.map(toInsurerConfig),
  };
}
