// Turns audit before/after values into what a person reads: names instead of ids, labels instead of codes.
import {
  PATIENT_LIST_LABELS,
  PROFESSION_INFO,
  TARIFF_KIND_LABELS,
  WEEKDAY_LABELS,
  formatDate,
  type Locale,
} from '@bn/domain';
import type { AdminMessageKey, AdminTranslate } from '../../i18n/use-admin-t.js';
import type { ClinicConfigView } from '../../api/types.js';

const ENUM_LABELS: Record<string, { nb: string; en: string }> = {
  ...PATIENT_LIST_LABELS,
  ...Object.fromEntries(Object.entries(PROFESSION_INFO).map(([k, v]) => [k, { nb: v.nb, en: v.en }])),
  ...TARIFF_KIND_LABELS,
  practitioner: { nb: 'Én behandler', en: 'One practitioner' },
  clinic: { nb: 'Klinikken', en: 'The clinic' },
  group: { nb: 'En gruppe', en: 'A group' },
  pending: { nb: 'Venter', en: 'Pending' },
  approved: { nb: 'Godkjent', en: 'Approved' },
  revoked: { nb: 'Trukket tilbake', en: 'Revoked' },
  rejected: { nb: 'Avslått', en: 'Rejected' },
  ended: { nb: 'Avsluttet', en: 'Ended' },
};

/** Every id in the clinic's configuration → the name a person knows it by. */
export function namesOf(config: ClinicConfigView | undefined): Map<string, string> {
  if (!config) return new Map();
  return new Map<string, string>([
    ...config.practitioners.map((x) => [x.id, x.name] as const),
    ...config.books.map((x) => [x.id, x.name] as const),
    ...config.types.map((x) => [x.id, x.name] as const),
    ...config.departments.map((x) => [x.id, x.name] as const),
    ...config.templates.map((x) => [x.id, x.name] as const),
    ...config.tariffs.map((x) => [x.id, x.code] as const),
    ...config.insurers.map((x) => [x.id, x.name] as const),
    [config.clinic.id, config.clinic.name] as const,
  ]);
}

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

export function formatValue(value: unknown, names: Map<string, string>, locale: Locale, t: AdminTranslate): string {
  const one = (v: unknown) => formatValue(v, names, locale, t);
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return names.get(value) ?? ENUM_LABELS[value]?.[locale] ?? value;
  }
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(one).join(', ');
  if (isRow(value)) {
    const day = typeof value.weekday === 'number' ? WEEKDAY_LABELS[locale][value.weekday - 1] : null;
    if (day && typeof value.start === 'string') {
      const types = Array.isArray(value.typeIds) ? `: ${one(value.typeIds)}` : '';
      return `${day} ${value.start}–${String(value.end)}${types}`;
    }
    if (typeof value.isoWeek === 'number')
      return `${t('plan.week', { n: value.isoWeek })} ${String(value.isoYear)}: ${one(value.templateId)}`;
    if (typeof value.date === 'string')
      return `${formatDate(value.date)}${typeof value.reason === 'string' && value.reason ? ` (${value.reason})` : ''}`;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${one(v)}`)
      .join(', ');
  }
  // An audit value is JSON: past the cases above only what JSON cannot hold is left (a bigint, a symbol, a function).
  return typeof value === 'bigint' ? value.toString() : '–';
}

const FIELD_KEYS: Record<string, AdminMessageKey> = {
  name: 'audit.field.name',
  orgNumber: 'audit.field.orgNumber',
  integrationActive: 'audit.field.integrationActive',
  severalDepartmentsNotified: 'audit.field.severalDepartmentsNotified',
  maxSelfBooked: 'restrictions.maxSelfBooked',
  street: 'departments.street',
  postcode: 'departments.postcode',
  city: 'departments.city',
  registeredWithNetwork: 'audit.field.registeredWithNetwork',
  profession: 'practitioners.profession',
  hprNumber: 'practitioners.hpr',
  status: 'audit.field.status',
  insurerId: 'agreements.insurer',
  clinicId: 'audit.field.clinic',
  practitionerId: 'audit.field.practitioner',
  validFrom: 'agreements.validFrom',
  validTo: 'agreements.validTo',
  ownerKind: 'books.owner',
  ownerPractitionerId: 'books.ownerPractitioner',
  groupName: 'books.groupName',
  onlineBooking: 'books.onlineBooking',
  patientLists: 'books.patientLists',
  restrictions: 'books.restrictions',
  daysAhead: 'restrictions.daysAhead',
  minNoticeHours: 'restrictions.minNoticeHours',
  cancellationDeadlineHours: 'restrictions.cancellationDeadlineHours',
  cancellationAllowed: 'restrictions.cancellationAllowed',
  durationMinutes: 'types.duration',
  colour: 'types.colour',
  bookableOnline: 'types.online',
  notificationsOn: 'types.notifications',
  automaticDialog: 'types.dialog',
  departmentId: 'types.department',
  ownLimitsEnabled: 'types.ownLimits',
  ownLimits: 'types.ownLimits.legend',
  typeId: 'audit.field.type',
  bookId: 'rules.book',
  patientList: 'rules.patientList',
  tariffIds: 'rules.col.tariffs',
  windows: 'templates.windows',
  breaks: 'templates.breaks',
  weeks: 'audit.field.weeks',
  reason: 'audit.field.reason',
  closedDays: 'audit.field.closedDays',
  openedHolidays: 'plan.openHolidays',
  code: 'tariffs.code',
  kind: 'tariffs.kind',
  professions: 'tariffs.professions',
  offersPsychologistBooking: 'insurers.psychologists',
  hasPatientApp: 'insurers.hasApp',
  appName: 'insurers.appName',
};

/** `restrictions.daysAhead` → «Begrensninger: Dager frem i tid …», `windows.2` → «Tidsvinduer 3». */
export function fieldLabel(path: string, t: AdminTranslate): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : FIELD_KEYS[part] ? t(FIELD_KEYS[part]) : part))
    .join(' › ');
}
