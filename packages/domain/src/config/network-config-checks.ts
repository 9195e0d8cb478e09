import type { NetworkConfig, NetworkConfigIssue, NetworkConfigSection } from './network-config.js';
import { templateTypeIssues } from './schedule.js';
import { wordIssue } from '../i18n/refusals.js';

/**
 * The checks across a network configuration document that no single object's schema can make: references,
 * duplicate ids, values that must be unique, and objects that must belong to the same clinic. With `existing`
 * (the database as a document) the document is checked together with what is already stored.
 */
type Path = (string | number)[];
type Row<K extends NetworkConfigSection> = NetworkConfig[K][number];
interface Entry<K extends NetworkConfigSection> {
  value: Row<K>;
  /** `books[3]` for an object of the document, `books["book-x"]` for a stored one. */
  path: Path;
  inDocument: boolean;
}
type Index = { [K in NetworkConfigSection]: Map<string, Entry<K>> };
interface RowIssue extends NetworkConfigIssue {
  inDocument: boolean;
}

const NOUNS: Record<NetworkConfigSection, string> = {
  insurers: 'forsikringsselskap',
  tariffs: 'takst',
  users: 'bruker',
  clinics: 'klinikk',
  departments: 'avdeling',
  practitioners: 'behandler',
  memberships: 'medlemskap',
  agreements: 'avtale',
  books: 'timebok',
  types: 'timetype',
  rules: 'regel',
  weekTemplates: 'ukemal',
  workPlans: 'arbeidsplan',
};

const SECTIONS = Object.keys(NOUNS) as NetworkConfigSection[];

function describe(entry: { path: Path; inDocument: boolean; value: { id: string } }): string {
  return entry.inDocument
    ? entry.path.map((p, i) => (i === 0 ? p : `[${p}]`)).join('')
    : `«${entry.value.id}» i databasen`;
}

function buildIndex(doc: NetworkConfig | undefined, existing: NetworkConfig | undefined): Index {
  const index = Object.fromEntries(SECTIONS.map((s) => [s, new Map()])) as Index;
  for (const section of SECTIONS) {
    const map = index[section] as Map<string, Entry<NetworkConfigSection>>;
    for (const value of existing?.[section] ?? [])
      map.set(value.id, { value, path: [section, value.id], inDocument: false });
    (doc?.[section] ?? []).forEach((value, i) => {
      if (!map.get(value.id)?.inDocument) map.set(value.id, { value, path: [section, i], inDocument: true });
    });
  }
  return index;
}

function duplicateIds(doc: NetworkConfig, issues: NetworkConfigIssue[]): void {
  for (const section of SECTIONS) {
    const first = new Map<string, number>();
    doc[section].forEach((row, i) => {
      const j = first.get(row.id);
      if (j === undefined) first.set(row.id, i);
      else issues.push({ path: [section, i, 'id'], message: `Id «${row.id}» er allerede brukt av ${section}[${j}].` });
    });
  }
}

interface UniqueRule {
  section: NetworkConfigSection;
  field: string;
  key: (row: Row<NetworkConfigSection>) => string;
  message: (row: Row<NetworkConfigSection>, other: string) => string;
}
function unique<K extends NetworkConfigSection>(
  section: K,
  field: string,
  key: (row: Row<K>) => string,
  message: (row: Row<K>, other: string) => string,
): UniqueRule {
  return { section, field, key, message };
}
/** What the database also keeps unique; caught here so that an import fails with a path, not a constraint error. */
const UNIQUE: UniqueRule[] = [
  unique(
    'insurers',
    'name',
    (r) => r.name.toLowerCase(),
    (r, o) => `Navnet «${r.name}» er allerede brukt av ${o}.`,
  ),
  unique(
    'insurers',
    'orgNumber',
    (r) => r.orgNumber,
    (r, o) => `Organisasjonsnummeret ${r.orgNumber} er allerede brukt av ${o}.`,
  ),
  unique(
    'clinics',
    'orgNumber',
    (r) => r.orgNumber,
    (r, o) => `Organisasjonsnummeret ${r.orgNumber} er allerede brukt av ${o}.`,
  ),
  unique(
    'tariffs',
    'code',
    (r) => r.code,
    (r, o) => `Takstkoden ${r.code} er allerede brukt av ${o}.`,
  ),
  unique(
    'practitioners',
    'hprNumber',
    // Practitioners without a number (an osteopath) are each their own key.
    (r) => r.hprNumber ?? `no HPR number: ${r.id}`,
    (r, o) => `HPR-nummeret ${r.hprNumber} er allerede brukt av ${o}.`,
  ),
  unique(
    'departments',
    'street',
    (r) => [r.clinicId, r.street, r.postcode, r.city].map((v) => v.trim().toLocaleLowerCase('nb')).join('|'),
    (_r, o) => `Klinikken har allerede en avdeling på denne adressen: ${o}.`,
  ),
  unique(
    'users',
    'email',
    (r) => r.email,
    (r, o) => `E-postadressen ${r.email} er allerede brukt av ${o}.`,
  ),
  unique(
    'memberships',
    'practitionerId',
    (r) => r.practitionerId,
    (_r, o) => `Behandleren har allerede et medlemskap: ${o}.`,
  ),
  unique(
    'workPlans',
    'bookId',
    (r) => r.bookId,
    (_r, o) => `Timeboken har allerede en arbeidsplan: ${o}.`,
  ),
  unique(
    'rules',
    'typeId',
    (r) => `${r.typeId} ${r.bookId}`,
    (_r, o) => `Timetypen har allerede en regel for denne timeboken: ${o}.`,
  ),
];

function uniqueValues(index: Index, issues: NetworkConfigIssue[]): void {
  for (const rule of UNIQUE) {
    const seen = new Map<string, Entry<NetworkConfigSection>>();
    const entries = [...(index[rule.section] as Map<string, Entry<NetworkConfigSection>>).values()];
    // Stored rows first, then the document's in its order: the later one is the one reported.
    entries.sort((a, b) => Number(a.inDocument) - Number(b.inDocument));
    for (const entry of entries) {
      const key = rule.key(entry.value);
      const other = seen.get(key);
      if (other && entry.inDocument)
        issues.push({ path: [...entry.path, rule.field], message: rule.message(entry.value, describe(other)) });
      if (!other) seen.set(key, entry);
    }
  }
}

/** The per-object reference checks, for every object in the index (the document's and the stored ones). */
function rowIssues(index: Index): RowIssue[] {
  const issues: RowIssue[] = [];
  let current: Entry<NetworkConfigSection>;
  const add = (path: Path, message: string) =>
    issues.push({ path: [...current.path, ...path], message, inDocument: current.inDocument });
  const ref = <K extends NetworkConfigSection>(section: K, id: string | null, path: Path): Row<K> | undefined => {
    if (id === null) return undefined;
    const found = index[section].get(id);
    if (!found) add(path, `Finner ingen ${NOUNS[section]} med id «${id}».`);
    return found?.value;
  };
  // Only when both clinics exist: a wrong clinic id is reported once, at itself, not again at everything using it.
  const apart = (a: string, b: string) => a !== b && index.clinics.has(a) && index.clinics.has(b);
  const each = <K extends NetworkConfigSection>(section: K, check: (row: Row<K>) => void) => {
    for (const entry of index[section].values()) {
      current = entry;
      check(entry.value);
    }
  };

  each('departments', (d) => ref('clinics', d.clinicId, ['clinicId']));
  each('practitioners', (p) => ref('clinics', p.clinicId, ['clinicId']));
  each('memberships', (m) => ref('practitioners', m.practitionerId, ['practitionerId']));
  each('agreements', (a) => {
    ref('insurers', a.insurerId, ['insurerId']);
    ref('clinics', a.clinicId, ['clinicId']);
    ref('practitioners', a.practitionerId, ['practitionerId']);
  });
  each('users', (u) => {
    u.clinicIds.forEach((id, k) => ref('clinics', id, ['clinicIds', k]));
    ref('practitioners', u.practitionerId, ['practitionerId']);
    ref('insurers', u.insurerId, ['insurerId']);
    if (u.role === 'clinic_admin' && u.clinicIds.length === 0)
      add(['clinicIds'], 'En klinikkadministrator må ha minst én klinikk.');
    if (u.role !== 'clinic_admin' && u.clinicIds.length > 0)
      add(['clinicIds'], 'Bare klinikkadministratorer har klinikker.');
    if (u.role === 'practitioner' && !u.practitionerId) add(['practitionerId'], 'Velg behandleren brukeren er.');
    if (u.role !== 'practitioner' && u.practitionerId)
      add(['practitionerId'], 'Bare brukere med rollen behandler kobles til en behandler.');
    if (u.role === 'insurer_agent' && !u.insurerId) add(['insurerId'], 'Velg forsikringsselskapet agenten jobber for.');
    if (u.role !== 'insurer_agent' && u.insurerId)
      add(['insurerId'], 'Bare forsikringsagenter kobles til et forsikringsselskap.');
  });
  each('books', (b) => {
    ref('clinics', b.clinicId, ['clinicId']);
    const owner = ref('practitioners', b.ownerPractitionerId, ['ownerPractitionerId']);
    if (owner && apart(owner.clinicId, b.clinicId)) {
      add(['ownerPractitionerId'], `Behandleren «${owner.name}» hører til en annen klinikk enn timeboken.`);
    }
  });
  each('types', (t) => {
    ref('clinics', t.clinicId, ['clinicId']);
    const department = ref('departments', t.departmentId, ['departmentId']);
    if (department && apart(department.clinicId, t.clinicId)) {
      add(['departmentId'], `Avdelingen «${department.name}» hører til en annen klinikk enn timetypen.`);
    }
  });
  each('rules', (r) => {
    const type = ref('types', r.typeId, ['typeId']);
    const book = ref('books', r.bookId, ['bookId']);
    if (type && book && apart(type.clinicId, book.clinicId)) {
      add(['typeId'], `Timetypen «${type.name}» og timeboken «${book.name}» hører til forskjellige klinikker.`);
    }
    r.tariffIds.forEach((id, k) => {
      ref('tariffs', id, ['tariffIds', k]);
      if (r.tariffIds.indexOf(id) < k) add(['tariffIds', k], `Taksten «${id}» står to ganger.`);
    });
  });
  const types = new Map([...index.types.values()].map((e) => [e.value.id, e.value]));
  each('weekTemplates', (t) => {
    const book = ref('books', t.bookId, ['bookId']);
    for (const issue of templateTypeIssues(t, types)) add([...issue.path], wordIssue('nb', issue));
    t.windows.forEach((w, i) =>
      w.typeIds.forEach((id, k) => {
        const type = types.get(id);
        if (type && book && apart(type.clinicId, book.clinicId)) {
          add(['windows', i, 'typeIds', k], `Timetypen «${type.name}» hører til en annen klinikk enn timeboken.`);
        }
      }),
    );
  });
  each('workPlans', (p) => {
    ref('books', p.bookId, ['bookId']);
    p.weeks.forEach((w, k) => {
      const template = ref('weekTemplates', w.templateId, ['weeks', k, 'templateId']);
      if (template && template.bookId !== p.bookId && index.books.has(p.bookId) && index.books.has(template.bookId)) {
        add(['weeks', k, 'templateId'], `Ukemalen «${template.name}» hører til en annen timebok enn arbeidsplanen.`);
      }
    });
  });
  return issues;
}

/** Document order: by section, then by position in the section; stored objects after the document's. */
function byPath(a: NetworkConfigIssue, b: NetworkConfigIssue): number {
  const section =
    SECTIONS.indexOf(a.path[0] as NetworkConfigSection) - SECTIONS.indexOf(b.path[0] as NetworkConfigSection);
  if (section !== 0) return section;
  const [x, y] = [a.path[1], b.path[1]];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return Number(typeof x !== 'number') - Number(typeof y !== 'number');
}

export interface NetworkConfigIssuesOptions {
  /** The database as a document: references may point at it, and unique values must stay unique with it. */
  existing?: NetworkConfig;
}

/** Every issue across the document, each with a path into the document and a Norwegian reason. */
export function networkConfigIssues(
  doc: NetworkConfig,
  options: NetworkConfigIssuesOptions = {},
): NetworkConfigIssue[] {
  const issues: NetworkConfigIssue[] = [];
  duplicateIds(doc, issues);
  const index = buildIndex(doc, options.existing);
  uniqueValues(index, issues);
  const rows = rowIssues(index);
  // A stored object is only the document's business when the document breaks it (e.g. moves its type to
  // another clinic); what was wrong in the database before is not a reason to reject the document.
  const key = (i: NetworkConfigIssue) => `${JSON.stringify(i.path)} ${i.message}`;
  const before = options.existing
    ? new Set(rowIssues(buildIndex(undefined, options.existing)).map(key))
    : new Set<string>();
  for (const issue of rows) {
    if (issue.inDocument) issues.push({ path: issue.path, message: issue.message });
    else if (!before.has(key(issue)))
      issues.push({
        path: issue.path,
        message: `Lagret ${NOUNS[issue.path[0] as NetworkConfigSection]} blir ugyldig: ${issue.message}`,
      });
  }
  return issues.sort(byPath);
}
