// Every refusal a person can cause through an input has a sentence in Bokmål and in English: the input schema of every
// procedure (and the schemas the SPAs' forms check with, the same ones) is walked field by field, and each way each
// field can be refused — the type, each bound, format and refinement — is worded in both languages, with its values
// filled in. No zod sentence can reach anyone: a refusal is a code, and these are all the codes an input gives.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  bookingPatientInput,
  formatMessage,
  isInputIssueCode,
  refusalsEn,
  refusalsNb,
  searchNetworkInput,
  wordIssue,
  type RefusalKey,
} from '@bn/domain';
import { walkSchema, type PossibleIssue } from '@bn/domain/testing';
import { appRouter } from './root.js';

type Procedure = { _def: { inputs: z.ZodType[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

/** Every input schema a person's request passes: each procedure's, and the forms' own (the same schemas). */
const SCHEMAS: [string, z.ZodType][] = [
  ...procedures.flatMap(([path, p]) => p._def.inputs.map((input): [string, z.ZodType] => [path, input])),
  ['agent form: patient', bookingPatientInput],
  ['agent form: search', searchNetworkInput],
];

const walked = SCHEMAS.map(([where, schema]) => ({ where, ...walkSchema(schema) }));
const all: (PossibleIssue & { where: string })[] = walked.flatMap((w) =>
  w.issues.map((i) => ({ ...i, where: w.where })),
);
const label = (i: PossibleIssue & { where: string }) => `${i.where} ${i.path || '(input)'} [${i.check}] → ${i.code}`;

/** Zod's own sentences, in its English and its Norwegian locale: none of them may be what a person reads. */
const ZOD_WORDS = /Invalid input|expected|received|Too (big|small)|Ugyldig input|forventet|fikk|For (stor|liten)/;

describe('the wording of every input refusal', () => {
  it('walks every procedure’s input', () => {
    expect(procedures.length).toBeGreaterThan(60);
    expect(all.length).toBeGreaterThan(400);
  });

  it('gives each refusal one of the product’s issue codes; a message a schema gives is always one of them', () => {
    for (const issue of all) {
      expect(isInputIssueCode(issue.code), label(issue)).toBe(true);
      // A message of the schema's own that is not a code would be a sentence in one language only.
      if (issue.message !== null) expect(isInputIssueCode(issue.message.split(' ')[0]), label(issue)).toBe(true);
    }
  });

  it('words each one in Bokmål and in English, its values filled in, never in zod’s words', () => {
    const problems: string[] = [];
    for (const issue of all) {
      const [nb, en] = [wordIssue('nb', issue), wordIssue('en', issue)];
      if (/[{}]/.test(nb) || /[{}]/.test(en)) problems.push(`${label(issue)}: a value is missing: ${nb} / ${en}`);
      if (nb === en) problems.push(`${label(issue)}: the same text in both languages: ${nb}`);
      if (ZOD_WORDS.test(nb) || ZOD_WORDS.test(en)) problems.push(`${label(issue)}: zod's words: ${nb} / ${en}`);
    }
    expect(problems).toEqual([]);
  });

  it('words the limits people meet most: text length, numbers, dates and ranges', () => {
    const sentences = (code: string) =>
      [
        ...new Set(all.filter((i) => i.code === code).map((i) => `${wordIssue('nb', i)} | ${wordIssue('en', i)}`)),
      ].sort();
    expect(sentences('too_long')).toContain('Høyst 200 tegn. | At most 200 characters.');
    expect(sentences('not_integer')).toContain('Skriv et helt tall. | Enter a whole number.');
    expect(sentences('required')).toContain('Fyll ut feltet. | Fill in this field.');
    for (const code of ['phone.invalid', 'case_id.format', 'org_number.invalid', 'national_id.required'])
      expect(sentences(code), code).not.toEqual([]);
    expect(sentences('date.range')).toContain(
      'Datoen må ligge mellom 2000 og 2100. | The date must lie between 2000 and 2100.',
    );
  });

  it('has a sentence for each issue code the refinements add at run time (their codes are typed; these are all)', () => {
    // The run-time refinements (superRefine) can only add codes of the catalogue (customIssue is typed), so the
    // catalogue itself is the list: every `issue.*` sentence is well-formed in both languages.
    const keys = (Object.keys(refusalsNb) as RefusalKey[]).filter((k) => k.startsWith('issue.'));
    for (const key of keys) {
      expect(() => formatMessage('nb', refusalsNb[key]), key).not.toThrow();
      expect(() => formatMessage('en', refusalsEn[key]), key).not.toThrow();
    }
    expect(walked.some((w) => w.dynamic.length > 0)).toBe(true);
  });
});
