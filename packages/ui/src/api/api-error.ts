// Reads what the server said about a failed call: its stable code, its Norwegian message and per-field messages.
import { errorMessage, type Locale } from '@bn/domain';

export interface ApiErrorInfo {
  /** The server's `ErrorCode`, or `NETWORK` when no answer came back. */
  appCode: string;
  /** The server's message (Norwegian), or null when there was none. */
  message: string | null;
  /**
   * Field path → message, from the zod issues of a rejected input (`data.zodIssues`) and from the issues of a rule
   * broken across rows (`data.details.issues`). Paths are joined with dots: `windows.0.start`. The first message
   * for a path wins.
   */
  fieldErrors: Record<string, string>;
  /** HTTP status, when known. */
  httpStatus: number | null;
}

interface ErrorData {
  appCode?: unknown;
  httpStatus?: unknown;
  zodIssues?: unknown;
  details?: unknown;
}

function isIssue(value: unknown): value is { path: (string | number)[]; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { path?: unknown }).path) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

function issuesIn(value: unknown): { path: (string | number)[]; message: string }[] {
  return Array.isArray(value) ? value.filter(isIssue) : [];
}

function detailIssues(details: unknown): unknown {
  return typeof details === 'object' && details !== null && 'issues' in details ? details.issues : undefined;
}

/** `['windows', 0, 'start']` → `windows.0.start`: the key a form looks its field's message up by. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

export function readApiError(error: unknown): ApiErrorInfo {
  const data: ErrorData | undefined =
    typeof error === 'object' &&
    error !== null &&
    'data' in error &&
    typeof error.data === 'object' &&
    error.data !== null
      ? error.data
      : undefined;
  if (!data || typeof data.appCode !== 'string') {
    return { appCode: 'NETWORK', message: null, fieldErrors: {}, httpStatus: null };
  }
  const fieldErrors: Record<string, string> = {};
  for (const issue of [...issuesIn(data.zodIssues), ...issuesIn(detailIssues(data.details))]) {
    fieldErrors[fieldPath(issue.path)] ??= issue.message;
  }
  const message = error instanceof Error && error.message ? error.message : null;
  return {
    appCode: data.appCode,
    message,
    fieldErrors,
    httpStatus: typeof data.httpStatus === 'number' ? data.httpStatus : null,
  };
}

/**
 * The sentence to show: the server's own Norwegian message in Bokmål, the English text of its code otherwise.
 * `NETWORK` has no server text, so the caller's fallback is used.
 */
export function apiErrorText(info: ApiErrorInfo, locale: Locale, networkText: string): string {
  if (info.appCode === 'NETWORK') return networkText;
  if (locale === 'nb' && info.message) return info.message;
  return errorMessage(info.appCode, locale);
}

/** 4xx answers will not change by asking again; only network trouble and 5xx are worth a retry. */
export function isRetryable(error: unknown): boolean {
  const { appCode, httpStatus } = readApiError(error);
  return appCode === 'NETWORK' || (httpStatus ?? 500) >= 500;
}
