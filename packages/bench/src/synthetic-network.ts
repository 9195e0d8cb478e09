// A synthetic national network as plain rows: clinics in Norwegian cities, practitioners of mixed professions,
// 5 insurers with agreements for about 60 % of the clinic–insurer pairs, 8-week work plans and 30–60 minute types.
// Deterministic for a seed, so two runs measure the same network.
import {
  addDays,
  isoWeek,
  NO_RESTRICTIONS,
  type Profession,
  type Restrictions,
  type TemplateBreak,
  type TemplateWindow,
} from '@bn/domain';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** City, weight (≈ population share), first and last postcode. */
export const CITIES: readonly (readonly [string, number, number, number])[] = [
  ['Oslo', 30, 150, 1295],
  ['Bergen', 12, 5003, 5259],
  ['Trondheim', 9, 7010, 7099],
  ['Stavanger', 7, 4005, 4099],
  ['Drammen', 4, 3015, 3048],
  ['Fredrikstad', 4, 1601, 1640],
  ['Kristiansand', 4, 4608, 4639],
  ['Sandnes', 3, 4306, 4329],
  ['Tromsø', 3, 9006, 9024],
  ['Sarpsborg', 2, 1701, 1747],
  ['Skien', 2, 3701, 3744],
  ['Ålesund', 2, 6002, 6030],
  ['Sandefjord', 2, 3201, 3243],
  ['Haugesund', 2, 5501, 5538],
  ['Tønsberg', 2, 3101, 3128],
  ['Moss', 2, 1501, 1540],
  ['Bodø', 2, 8001, 8030],
  ['Arendal', 1, 4801, 4847],
  ['Hamar', 1, 2301, 2322],
  ['Larvik', 1, 3251, 3277],
  ['Lillehammer', 1, 2601, 2619],
  ['Molde', 1, 6401, 6416],
  ['Gjøvik', 1, 2801, 2822],
  ['Harstad', 1, 9401, 9415],
];

/** Profession, share of practitioners, its insurance tariff (code, name) and a type name. */
const PROFESSION_MIX: readonly (readonly [Profession, number, string, string, string])[] = [
  ['physiotherapist', 42, 'B1010', 'Fysioterapi konsultasjon', 'Fysioterapi'],
  ['manual_therapist', 10, 'B1020', 'Manuellterapi konsultasjon', 'Manuellterapi'],
  ['chiropractor', 14, 'B1011', 'Kiropraktikk konsultasjon', 'Kiropraktor behandling'],
  ['psychomotor_physiotherapist', 5, 'B1030', 'Psykomotorisk fysioterapi', 'Psykomotorisk fysioterapi'],
  ['osteopath', 8, 'B1040', 'Osteopati konsultasjon', 'Osteopati'],
  ['naprapath', 5, 'B1050', 'Naprapati konsultasjon', 'Naprapati'],
  ['psychologist', 16, 'B2010', 'Psykologkonsultasjon', 'Psykologsamtale'],
];

export const INSURERS = [
  { id: 'bench-insurer-storebrand', name: 'Storebrand', orgNumber: '958995369', psychologists: false },
  { id: 'bench-insurer-falck', name: 'Falck Helse', orgNumber: '912300013', psychologists: true },
  { id: 'bench-insurer-if', name: 'If Skadeforsikring', orgNumber: '912300021', psychologists: false },
  { id: 'bench-insurer-vertikal', name: 'Vertikal Helse', orgNumber: '912300048', psychologists: false },
  { id: 'bench-insurer-gjensidige', name: 'Gjensidige', orgNumber: '995568217', psychologists: false },
] as const;

export const TARIFFS = [
  ...PROFESSION_MIX.map(([profession, , code, name]) => ({
    id: `bench-tariff-${code}`,
    code,
    name,
    kind: 'insurance' as const,
    professions: [profession],
  })),
  {
    id: 'bench-tariff-A3a',
    code: 'A3a',
    name: 'Behandling hos fysioterapeut',
    kind: 'helfo' as const,
    professions: ['physiotherapist', 'manual_therapist'] as Profession[],
  },
];

const FIRST = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sofie',
  'Emma',
  'Nora',
  'Jakob',
  'Emil',
  'Sara',
  'Henrik',
  'Ida',
  'Maja',
  'Magnus',
  'Thea',
  'Sander',
  'Jonas',
  'Hanna',
  'Aksel',
  'Linnea',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
];

export interface SyntheticClinic {
  id: string;
  name: string;
  orgNumber: string;
  integrationActive: boolean;
  maxSelfBooked: number | null;
}
export interface SyntheticDepartment {
  id: string;
  clinicId: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  registered: boolean;
}
export interface SyntheticPractitioner {
  id: string;
  clinicId: string;
  name: string;
  profession: Profession;
  hprNumber: string | null;
  membership: 'approved' | 'pending';
}
export interface SyntheticType {
  id: string;
  clinicId: string;
  name: string;
  durationMinutes: number;
  bookableOnline: boolean;
}
export interface SyntheticBook {
  id: string;
  clinicId: string;
  practitionerId: string;
  name: string;
  onlineBooking: boolean;
  restrictions: Restrictions;
  /** The first type is the one bookings are made in. */
  types: SyntheticType[];
  tariffIds: string[];
  templateId: string;
  windows: TemplateWindow[];
  breaks: TemplateBreak[];
  weeks: { isoYear: number; isoWeek: number; templateId: string }[];
  closedDays: { date: string; reason: string }[];
}
export interface SyntheticAgreement {
  id: string;
  insurerId: string;
  clinicId: string;
}

export interface SyntheticNetwork {
  clinics: SyntheticClinic[];
  departments: SyntheticDepartment[];
  practitioners: SyntheticPractitioner[];
  books: SyntheticBook[];
  agreements: SyntheticAgreement[];
}

/** Builds `size` practitioners (2–6 per clinic), each with one book, one or two types and a work plan of `planWeeks` weeks (8 unless given) from `today`. */
export function syntheticNetwork(size: number, seed: number, today: string, planWeeks = 8): SyntheticNetwork {
  const random = rng(seed);
  const net: SyntheticNetwork = { clinics: [], departments: [], practitioners: [], books: [], agreements: [] };
  const weeks = Array.from({ length: planWeeks }, (_, i) => isoWeek(addDays(today, i * 7)));
  for (let c = 0; net.practitioners.length < size; c++) {
    const [city, , low, high] = weighted(
      random,
      CITIES.map((row) => [row, row[1]] as const),
    );
    const clinicId = `bench-clinic-${c}`;
    net.clinics.push({
      id: clinicId,
      name: `${city} Helseklinikk ${c}`,
      orgNumber: String(800_000_000 + c),
      integrationActive: random() < 0.98,
      maxSelfBooked: null,
    });
    const postcode = String(low + Math.floor(random() * (high - low + 1))).padStart(4, '0');
    net.departments.push({
      id: `bench-dept-${c}`,
      clinicId,
      name: 'Hovedavdeling',
      street: `Storgata ${1 + Math.floor(random() * 120)}`,
      postcode,
      city,
      registered: random() < 0.98,
    });
    for (const insurer of INSURERS)
      if (random() < 0.6)
        net.agreements.push({ id: `bench-agreement-${c}-${insurer.id}`, insurerId: insurer.id, clinicId });
    const staff = Math.min(2 + Math.floor(random() * 5), size - net.practitioners.length);
    for (let s = 0; s < staff; s++) addPractitioner(net, random, clinicId, weeks);
  }
  return net;
}

function addPractitioner(
  net: SyntheticNetwork,
  random: () => number,
  clinicId: string,
  weeks: { isoYear: number; isoWeek: number }[],
): void {
  const n = net.practitioners.length;
  const [profession, , code, , typeName] = weighted(
    random,
    PROFESSION_MIX.map((row) => [row, row[1]] as const),
  );
  const name = `${pick(random, FIRST)} ${pick(random, LAST)} ${n}`;
  const hpr = profession === 'osteopath' || profession === 'naprapath' ? null : String(1_000_000 + n);
  net.practitioners.push({
    id: `bench-pract-${n}`,
    clinicId,
    name,
    profession,
    hprNumber: hpr,
    membership: random() < 0.97 ? 'approved' : 'pending',
  });
  const duration = pick(random, [30, 30, 45, 60]);
  const types: SyntheticType[] = [
    {
      id: `bench-type-${n}-a`,
      clinicId,
      name: `${typeName} ${duration} min`,
      durationMinutes: duration,
      bookableOnline: random() < 0.98,
    },
  ];
  if (random() < 0.3)
    types.push({
      id: `bench-type-${n}-b`,
      clinicId,
      name: `${typeName} førstegangstime 60 min`,
      durationMinutes: 60,
      bookableOnline: true,
    });
  const typeIds = types.map((t) => t.id);
  const startHour = pick(random, ['08:00', '08:00', '09:00']);
  const days = random() < 0.8 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4];
  const templateId = `bench-template-${n}`;
  net.books.push({
    id: `bench-book-${n}`,
    clinicId,
    practitionerId: `bench-pract-${n}`,
    name,
    onlineBooking: random() < 0.97,
    restrictions: {
      ...NO_RESTRICTIONS,
      minNoticeHours: pick(random, [null, 2, 12, 24]),
      daysAhead: pick(random, [null, 60, 90]),
      cancellationDeadlineHours: 24,
    },
    types,
    tariffIds: [`bench-tariff-${code}`, ...(profession === 'physiotherapist' ? ['bench-tariff-A3a'] : [])],
    templateId,
    windows: days.map((weekday) => ({ weekday, start: startHour, end: '16:00', typeIds })),
    breaks: days.map((weekday) => ({ weekday, start: '11:30', end: '12:00' })),
    weeks: weeks.map((w) => ({ ...w, templateId })),
    closedDays: [],
  });
}
