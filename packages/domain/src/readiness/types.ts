import type { Profession } from '../professions.js';
import type { BookOwnerKind, PatientList } from '../config/books.js';
import type { TariffKind } from '../config/tariffs.js';

/** The rule ids of DOMAIN.md that the readiness check evaluates. */
export const READINESS_RULES = ['N1', 'N2', 'N3', 'N4', 'N5', 'B1', 'B2', 'B3', 'B4', 'T2', 'T5', 'D2', 'S1'] as const;
export type ReadinessRule = (typeof READINESS_RULES)[number];

/**
 * The rules judged on the book, its owner and the clinic alone: every type of one book gets the same answer, so a
 * screen may state them once per book (the readiness grid's row). The others (T2, T5, D2, S1) look at the type too.
 */
export const BOOK_LEVEL_RULES: readonly ReadinessRule[] = ['B1', 'B2', 'N1', 'N2', 'N3', 'N4', 'N5', 'B3', 'B4'];

/** ok: passed; fail: must be fixed; na: cannot be judged until another failing check is fixed. */
export type CheckStatus = 'ok' | 'fail' | 'na';

/** The screen where a check is fixed, and who fixes it. The SPA turns this into a link. */
export interface FixTarget {
  screen:
    'practitioner' | 'membership' | 'agreements' | 'clinic' | 'departments' | 'book' | 'type' | 'rule' | 'schedule';
  by: 'clinic_admin' | 'network_operator' | 'support';
  clinicId: string;
  bookId?: string;
  typeId?: string;
  practitionerId?: string;
}

export interface ReadinessCheck {
  rule: ReadinessRule;
  /** Stable key of the check; T2 has several parts (T2.online, T2.rule, T2.allPatients, T2.tariff). */
  key: string;
  status: CheckStatus;
  /** One Norwegian sentence: what is fine, or what to do. */
  message: string;
  messageEn: string;
  fix: FixTarget;
}

export interface InsurerReadiness {
  insurerId: string;
  insurerName: string;
  /** The insurer's agents and app can book this book × type. */
  bookable: boolean;
  /** Why not, in the order a person should fix them. Empty when bookable. */
  reasons: { rule: ReadinessRule; key: string; message: string; messageEn: string }[];
}

export interface ReadinessAddress {
  departmentId: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
}

export interface ReadinessResult {
  clinicId: string;
  bookId: string;
  typeId: string;
  checks: ReadinessCheck[];
  insurers: InsurerReadiness[];
  /** The insurance tariffs (B-codes) the type carries for this book, offered through the network when bookable. */
  insuranceTariffs: { id: string; code: string; name: string }[];
  /** The visiting addresses the type is offered at through the network. */
  addresses: ReadinessAddress[];
  /** Bookable through the network by at least one insurer. */
  bookable: boolean;
}

/** Everything the check needs to know about one book × type, loaded by the caller. Pure data. */
export interface ReadinessSubject {
  /** Today in Oslo, YYYY-MM-DD: agreements' validity and the work plan's coming weeks are judged against it. */
  today: string;
  clinic: { id: string; name: string; integrationActive: boolean; severalDepartmentsNotified: boolean };
  departments: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    registeredWithNetwork: boolean;
  }[];
  book: { id: string; name: string; ownerKind: BookOwnerKind; onlineBooking: boolean; patientLists: PatientList[] };
  /** The owning practitioner, when the book has one. */
  owner: {
    id: string;
    name: string;
    profession: Profession;
    hprNumber: string | null;
    membership: 'pending' | 'approved' | 'revoked' | 'rejected' | null;
    /** Why the network turned the application down (shown to the clinic). */
    membershipRejectionReason?: string | null;
  } | null;
  type: { id: string; name: string; bookableOnline: boolean; departmentId: string | null };
  /** The type's rule for this book, if there is one. */
  rule: {
    patientList: PatientList;
    tariffs: { id: string; code: string; name: string; kind: TariffKind; professions: Profession[] }[];
  } | null;
  /** The book's work plan and templates. */
  schedule: {
    weeks: { isoYear: number; isoWeek: number; templateId: string }[];
    templates: { id: string; windows: { typeIds: string[] }[] }[];
  };
  /** Agreements with the clinic or with the owner personally. */
  agreements: {
    insurerId: string;
    status: 'pending' | 'approved' | 'ended';
    validFrom: string;
    validTo: string | null;
    scope: 'clinic' | 'practitioner';
  }[];
  /** Every insurer in the network. */
  insurers: { id: string; name: string; offersPsychologistBooking: boolean }[];
  /** The network's insurance tariffs, to name the ones that fit the owner when the rule has none (T2). */
  networkInsuranceTariffs?: { code: string; name: string; professions: Profession[] }[];
}

/** How many weeks ahead the work plan must use a template with the type (S1). */
export const SCHEDULE_HORIZON_WEEKS = 8;
