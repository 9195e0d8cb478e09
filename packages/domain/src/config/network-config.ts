import { z } from 'zod';
import {
  agreementSchema,
  clinicSchema,
  departmentSchema,
  insurerSchema,
  membershipSchema,
  practitionerSchema,
  userConfigSchema,
} from './network.js';
import { tariffSchema } from './tariffs.js';
import { appointmentTypeSchema, bookSchema, typeRuleSchema } from './books.js';
import { weekTemplateSchema, workPlanSchema } from './schedule.js';
import { networkConfigIssues } from './network-config-checks.js';
import { textSchema } from '../text.js';
import { inputIssueOf, issue, ownIssue } from '../input-issues.js';
import { wordIssue } from '../i18n/refusals.js';

/**
 * The network configuration document: the whole network's set-up as one JSON file, read by `pnpm network:import`
 * and written by `pnpm network:export` (docs/network-config.md). Objects keep the document's own ids, so importing
 * the same document twice changes nothing. Objects are strict: a misspelt field is an error, not silently dropped.
 */
export const NETWORK_CONFIG_VERSION = 1;

/** The sections in the order an import writes them: every section only refers to sections before it. */
export const NETWORK_CONFIG_SECTIONS = [
  'insurers',
  'tariffs',
  'clinics',
  'departments',
  'practitioners',
  'memberships',
  'agreements',
  'users',
  'books',
  'types',
  'rules',
  'weekTemplates',
  'workPlans',
] as const;
export type NetworkConfigSection = (typeof NETWORK_CONFIG_SECTIONS)[number];

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const networkConfigObjectSchema = z
  .object({
    /** Optional pointer to the JSON Schema, for editors; ignored by the import. */
    $schema: textSchema.optional(),
    version: z.literal(NETWORK_CONFIG_VERSION, issue('config.version', { version: NETWORK_CONFIG_VERSION })),
    insurers: list(insurerSchema.strict()),
    tariffs: list(tariffSchema.strict()),
    users: list(userConfigSchema.strict()),
    clinics: list(clinicSchema.strict()),
    departments: list(departmentSchema.strict()),
    practitioners: list(practitionerSchema.strict()),
    memberships: list(membershipSchema.strict()),
    agreements: list(agreementSchema.strict()),
    books: list(bookSchema.strict()),
    types: list(appointmentTypeSchema.strict()),
    rules: list(typeRuleSchema.strict()),
    weekTemplates: list(weekTemplateSchema.strict()),
    workPlans: list(workPlanSchema.strict()),
  })
  .strict();

export type NetworkConfig = z.infer<typeof networkConfigObjectSchema>;
export type NetworkConfigInput = z.input<typeof networkConfigObjectSchema>;

/**
 * One reason a document is rejected: where (a path into the document) and why, in Bokmål. The import is the operator's
 * command-line tool (`pnpm network:import`), whose report is Norwegian; the schemas' own issue codes are worded with
 * the shared sentences (i18n/refusals.nb.ts).
 */
export interface NetworkConfigIssue {
  path: (string | number)[];
  message: string;
}

/** A document the import refuses as a whole: nothing is written; `issues` name each path and reason. */
export class NetworkConfigRejected extends Error {
  readonly issues: readonly NetworkConfigIssue[];
  constructor(issues: readonly NetworkConfigIssue[]) {
    super(`The network configuration document was rejected (${issues.length} issues)`);
    this.name = 'NetworkConfigRejected';
    this.issues = issues;
  }
}

/**
 * The document with every reference checked inside the document itself: each id a clinic, book, type, template,
 * tariff … points at is an object of the document. An import into a database that already holds some of those
 * objects checks against the document and the database together (`parseNetworkConfig` with `existing`).
 */
export const networkConfigSchema = networkConfigObjectSchema.superRefine((doc, ctx) => {
  for (const issue of networkConfigIssues(doc))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

/** `books[3].ownerPractitionerId`; a segment that is not a plain name is quoted: `rules["rule-1"].typeId`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(dokumentet)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
  null: 'null',
};

/** Norwegian messages for zod's own issues in the command line's report; the schemas' own codes take precedence. */
export function norwegianIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Feltet mangler.'
        : `Forventet ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `Ukjent felt: ${issue.keys.map((k) => `«${k}»`).join(', ')}.`;
    case 'invalid_value':
      return `Ugyldig verdi; tillatt: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Må ha minst ${String(issue.minimum)} tegn.`
        : `Må være minst ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Kan ha høyst ${String(issue.maximum)} tegn.`
        : `Kan være høyst ${String(issue.maximum)}.`;
    case 'invalid_format':
      return `Ugyldig format (${issue.format}).`;
    default:
      return undefined;
  }
}

export type ParseNetworkConfigResult =
  { success: true; data: NetworkConfig } | { success: false; issues: NetworkConfigIssue[] };

export interface ParseNetworkConfigOptions {
  /**
   * What the database already holds, as a document. References may point at it, and names, codes and e-mail
   * addresses must stay unique together with it. Without it, the document must be complete in itself.
   */
  existing?: NetworkConfig;
}

/** Reads a document (already parsed from JSON): first each object's fields, then the references between them. */
export function parseNetworkConfig(input: unknown, options: ParseNetworkConfigOptions = {}): ParseNetworkConfigResult {
  const parsed = networkConfigObjectSchema.safeParse(input, { error: norwegianIssueMessage });
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: ownIssue(i.message) ? wordIssue('nb', inputIssueOf(i)) : i.message,
      })),
    };
  }
  const issues = networkConfigIssues(parsed.data, options);
  return issues.length ? { success: false, issues } : { success: true, data: parsed.data };
}

/** The file form of a document: two-space JSON with a final newline, so an export is byte-for-byte repeatable. */
export function serializeNetworkConfig(doc: NetworkConfig): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** A document with nothing in it. */
export function emptyNetworkConfig(): NetworkConfig {
  return networkConfigObjectSchema.parse({ version: NETWORK_CONFIG_VERSION });
}
