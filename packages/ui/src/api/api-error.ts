// Reads what the server said about a failed call — its stable code, the code's values and the field issues — and words
// it in the reader's language with the shared sentences (@bn/domain i18n/refusals). The server sends no sentences.
import { wordError, wordIssue, type InputIssueCode, type Locale, type WireValue, type WireValues } from '@bn/domain';

/**
 * A field issue: a code with values from the server (or from the form's own check with the same schema), or a sentence
 * the form worded itself (a choice not made, `missingChoices`).
 */
export interface FieldIssue {
  path: readonly (string | number)[];
  code?: InputIssueCode;
  values?: WireValues;
  text?: string;
}

export interface ApiErrorInfo {
  /** The server's `ErrorCode`, or `NETWORK` when no answer came back. */
  appCode: string;
  /** The code's values (a reason, a limit, a date); empty when it has none. */
  values: WireValues;
  /** The field issues, in the server's order. */
  issues: readonly FieldIssue[];
  /** HTTP status, when known. */
  httpStatus: number | null;
}

interface ErrorData {
  appCode?: unknown;
  httpStatus?: unknown;
  values?: unknown;
  issues?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isWireValue(value: unknown): value is WireValue {
  return (
    value === null ||
    ['string', 'number', 'boolean'].includes(typeof value) ||
    value instanceof Date ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

function wireValues(value: unknown): WireValues {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => isWireValue(v))) as WireValues;
}

function readIssue(value: unknown): FieldIssue | null {
  if (!isRecord(value) || !Array.isArray(value.path)) return null;
  const path = value.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  if (typeof value.text === 'string') return { path, text: value.text };
  if (typeof value.code !== 'string') return null;
  return { path, code: value.code as InputIssueCode, values: wireValues(value.values) };
}

/** `['windows', 0, 'start']` → `windows.0.start`: the key a form looks its field's message up by. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

export function readApiError(error: unknown): ApiErrorInfo {
  const data: ErrorData | undefined =
    isRecord(error) && 'data' in error && isRecord(error.data) ? error.data : undefined;
  if (!data || typeof data.appCode !== 'string') {
    return { appCode: 'NETWORK', values: {}, issues: [], httpStatus: null };
  }
  const issues = Array.isArray(data.issues)
    ? data.issues.map(readIssue).filter((i): i is FieldIssue => i !== null)
    : [];
  return {
    appCode: data.appCode,
    values: wireValues(data.values),
    issues,
    httpStatus: typeof data.httpStatus === 'number' ? data.httpStatus : null,
  };
}

/** The sentence of one field issue in `locale`. */
export function fieldIssueText(issue: FieldIssue, locale: Locale): string {
  return issue.text ?? wordIssue(locale, { code: issue.code ?? 'invalid', values: issue.values });
}

/** Field path (`windows.0.start`) → its sentence in `locale`; the first issue for a path wins. */
export function fieldErrorTexts(info: ApiErrorInfo, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of info.issues) out[fieldPath(issue.path)] ??= fieldIssueText(issue, locale);
  return out;
}

/**
 * The sentence to show for the refusal as a whole, in `locale`: its code's (and reason's) sentence. `NETWORK` has no
 * server answer, so the caller's text is used.
 */
export function apiErrorText(info: ApiErrorInfo, locale: Locale, networkText: string): string {
  if (info.appCode === 'NETWORK') return networkText;
  return wordError(locale, info.appCode, info.values);
}

/**
 * What a failed read says to its reader: the field issues' own sentences when the server named them (a range too
 * long says its limit: «Velg høyst 92 dager om gangen.», never just «Ugyldige data.»), else the refusal's sentence.
 */
export function failureText(info: ApiErrorInfo, locale: Locale, networkText: string): string {
  const issues = [...new Set(info.issues.map((issue) => fieldIssueText(issue, locale)))];
  return issues.length > 0 ? issues.join(' ') : apiErrorText(info, locale, networkText);
}

/** 4xx answers will not change by asking again; only network trouble and 5xx are worth a retry. */
export function isRetryable(error: unknown): boolean {
  const { appCode, httpStatus } = readApiError(error);
  return appCode === 'NETWORK' || (httpStatus ?? 500) >= 500;
}
