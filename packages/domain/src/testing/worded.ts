// What a person reads for a schema's refusal, for the domain's tests: each issue worded in one language.
import type { z } from 'zod';
import type { Locale } from '../auth.js';
import { wordIssue } from '../i18n/refusals.js';
import { inputIssueOf } from '../input-issues.js';

/** The sentences of a failed parse, in order (none when it passed). */
export function wordedIssues(result: { error?: z.ZodError }, locale: Locale = 'nb'): string[] {
  return result.error?.issues.map((i) => wordIssue(locale, inputIssueOf(i))) ?? [];
}

/** `path.to.field: sentence` for each issue of a failed parse. */
export function wordedIssuesAt(result: { error?: z.ZodError }, locale: Locale = 'nb'): string[] {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${wordIssue(locale, inputIssueOf(i))}`) ?? [];
}
