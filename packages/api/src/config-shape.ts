// Rows in configuration shape: what the config procedures return, what audit entries store as before/after, and the
// same shape the domain's zod schemas accept, so a client can edit a row and send it straight back.
import type {
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
import type {
  AgreementConfig,
  AppointmentTypeConfig,
  BookConfig,
  ClinicConfig,
  DepartmentConfig,
  InsurerConfig,
  MembershipConfig,
  PractitionerConfig,
  TariffConfig,
  TypeRuleConfig,
  WeekTemplateConfig,
  WorkPlanConfig,
} from '@bn/domain';

export function toClinicConfig(c: Clinic): ClinicConfig {
  return {
    id: c.id,
    name: c.name,
    orgNumber: c.orgNumber,
    integrationActive: c.integrationActive,
    severalDepartmentsNotified: c.severalDepartmentsNotifiedAt != null,
    maxSelfBooked: c.maxSelfBooked ?? null,
  };
}

export function toDepartmentConfig(d: Department): DepartmentConfig {
  return {
    id: d.id,
    clinicId: d.clinic.id,
    name: d.name,
    street: d.street,
    postcode: d.postcode,
    city: d.city,
    registeredWithNetwork: d.registeredWithNetworkAt != null,
  };
}

export function toPractitionerConfig(p: Practitioner): PractitionerConfig {
  return { id: p.id, clinicId: p.clinic.id, name: p.name, profession: p.profession, hprNumber: p.hprNumber ?? null };
}

export function toMembershipConfig(m: Membership): MembershipConfig {
  return { id: m.id, practitionerId: m.practitioner.id, status: m.status };
}

export function toInsurerConfig(i: Insurer): InsurerConfig {
  return {
    id: i.id,
    name: i.name,
    orgNumber: i.orgNumber,
    offersPsychologistBooking: i.offersPsychologistBooking,
    hasPatientApp: i.hasPatientApp,
    appName: i.appName ?? null,
  };
}

export function toTariffConfig(t: Tariff): TariffConfig {
  return { id: t.id, code: t.code, name: t.name, kind: t.kind, professions: [...(t.professions ?? [])] };
}

/** Dates as the column holds them (YYYY-MM-DD); a Date, should a driver ever hand one back, is read in UTC. */
export function isoDateOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function toAgreementConfig(a: Agreement): AgreementConfig {
  return {
    id: a.id,
    insurerId: a.insurer.id,
    clinicId: a.clinic?.id ?? null,
    practitionerId: a.practitioner?.id ?? null,
    status: a.status,
    validFrom: isoDateOf(a.validFrom),
    validTo: a.validTo == null ? null : isoDateOf(a.validTo),
  };
}

export function toBookConfig(b: AppointmentBook): BookConfig {
  return {
    id: b.id,
    clinicId: b.clinic.id,
    name: b.name,
    ownerKind: b.ownerKind,
    ownerPractitionerId: b.ownerPractitioner?.id ?? null,
    groupName: b.groupName ?? null,
    onlineBooking: b.onlineBooking,
    patientLists: [...(b.patientLists ?? [])],
    restrictions: { ...b.restrictions },
  };
}

export function toTypeConfig(t: AppointmentType): AppointmentTypeConfig {
  return {
    id: t.id,
    clinicId: t.clinic.id,
    name: t.name,
    durationMinutes: t.durationMinutes,
    colour: t.colour,
    bookableOnline: t.bookableOnline,
    notificationsOn: t.notificationsOn,
    automaticDialog: t.automaticDialog ?? null,
    departmentId: t.department?.id ?? null,
    ownLimitsEnabled: t.ownLimitsEnabled,
    ownLimits: { ...t.ownLimits },
  };
}

/** The rule's tariffs must be initialised (populate `tariffs`), or pass the ids known to the caller. */
export function toRuleConfig(r: TypeRule, tariffIds?: string[]): TypeRuleConfig {
  return {
    id: r.id,
    typeId: r.type.id,
    bookId: r.book.id,
    patientList: r.patientList,
    tariffIds:
      tariffIds ??
      r.tariffs
        .getItems()
        .map((t) => t.id)
        .sort(),
  };
}

export function toTemplateConfig(t: WeekTemplate): WeekTemplateConfig {
  return { id: t.id, bookId: t.book.id, name: t.name, windows: t.windows, breaks: t.breaks };
}

export function toWorkPlanConfig(w: WorkPlan): WorkPlanConfig {
  return { id: w.id, bookId: w.book.id, weeks: w.weeks, closedDays: w.closedDays, openedHolidays: w.openedHolidays };
}
