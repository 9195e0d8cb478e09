// The shared UI of the admin and agent SPAs.
export { SpaProviders, useSpa, OTHER_SPA_PATH, type SpaConfig, type SpaName } from './spa/spa-context.js';

export { useTRPC, useTRPCClient, createApiClient, type ApiClient } from './api/trpc.js';
export { ApiProvider } from './api/api-provider.js';
export { createQueryClient, resetSessionCache } from './api/query-client.js';
export {
  readApiError,
  apiErrorText,
  fieldErrorTexts,
  fieldIssueText,
  isRetryable,
  fieldPath,
  type ApiErrorInfo,
  type FieldIssue,
} from './api/api-error.js';

export { I18nProvider, useLocale } from './i18n/i18n-provider.js';
export { isLocale, DEFAULT_LOCALE } from './i18n/locale.js';
export {
  sharedCatalogues,
  uiTranslator,
  useT,
  useTranslate,
  type MessageKey,
  type Translate,
} from './i18n/translate.js';

export { SessionGate } from './auth/session-gate.js';
export { useSession, useSessionUser, type Session } from './auth/session-context.js';
export { SignInPage } from './auth/sign-in-page.js';
export { SignOutButton } from './auth/sign-out-button.js';
export { WrongAppPage } from './auth/wrong-app-page.js';
export { RequireRole } from './auth/require-role.js';

export { AppShell, type AppShellProps } from './layout/app-shell.js';
export { AppNav, type NavItem } from './layout/app-nav.js';
export { SubNav } from './layout/sub-nav.js';
export { PlainLayout } from './layout/plain-layout.js';
export { Brand, LanguageSwitch, SkipLink, MAIN_ID } from './layout/header-parts.js';
export { usePageTitle } from './layout/use-page-title.js';
export { ModalDialog, type ModalDialogProps } from './layout/modal-dialog.js';

export { LoadingState, EmptyState, ErrorState, type ErrorStateProps } from './states/query-states.js';
export { QueryView, type QueryViewProps } from './states/query-view.js';

export { DataTable, type Column, type DataTableProps } from './data/data-table.js';
export { FactsList, YesNo } from './data/facts-list.js';
export { StatusBadge, type Status } from './data/status-badge.js';
export { diffFields, type FieldChange } from './data/field-diff.js';

export { TextField, type TextFieldProps } from './forms/text-field.js';
export { DateField, type DateFieldProps } from './forms/date-field.js';
export { TextareaField, type TextareaFieldProps } from './forms/textarea-field.js';
export { SelectField, type SelectFieldProps, type SelectOption } from './forms/select-field.js';
export { CheckboxField, type CheckboxFieldProps } from './forms/checkbox-field.js';
export {
  CheckboxGroup,
  RadioGroup,
  type Choice,
  type CheckboxGroupProps,
  type RadioGroupProps,
} from './forms/choice-group.js';
export { EditForm, useFieldErrors, type EditFormProps } from './forms/edit-form.js';
export { ActionButton, type ActionButtonProps } from './forms/action-button.js';
export { describedBy, FieldError, fieldId } from './forms/field-parts.js';
export { checkedBy, missingChoices, schemaRefusal } from './forms/local-error.js';

export { NotFoundPage } from './pages/not-found-page.js';
export { ForbiddenPage } from './pages/forbidden-page.js';
export { RouteErrorPage } from './pages/route-error-page.js';
