import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  typeRuleSchema,
  PATIENT_LISTS,
  PATIENT_LIST_LABELS,
  TARIFF_KINDS,
  type BookConfig,
  type PatientList,
  type TariffConfig,
  type TypeRuleConfig,
} from '@bn/domain';
import {
  CheckboxGroup,
  EditForm,
  SelectField,
  fieldId,
  missingChoices,
  useFieldErrors,
  useLocale,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  initial: TypeRuleConfig;
  isNew: boolean;
  typeName: string;
  /** The books this rule may be for: the rule's own, or those without a rule for the type yet. */
  books: readonly BookConfig[];
  tariffs: readonly TariffConfig[];
  onSaved: () => void;
  onCancel: () => void;
}

const KIND_LEGEND = {
  insurance: 'rules.tariffs.insurance',
  helfo: 'rules.tariffs.helfo',
  own: 'rules.tariffs.own',
} as const;

/** T2/T4: for one book, who may book the type and which tariffs it carries (B-codes with Helfo or own tariffs). */
export function RuleForm({ initial, isNew, typeName, books, tariffs, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => (initial.id ? initial : { ...initial, id: crypto.randomUUID() }));
  const save = useMutation(checkedBy(typeRuleSchema, trpc.rules.upsert.mutationOptions({ onSuccess: refresh })));
  const [missing, setMissing] = useState<Error | null>(null);
  const error = missing ?? save.error;
  const errors = useFieldErrors(error);
  const id = (path: string) => fieldId('rule', path);
  const tariffError = Object.entries(errors).find(([path]) => path.startsWith('tariffIds'))?.[1];
  const bookName = books.find((b) => b.id === value.bookId)?.name;

  return (
    <EditForm
      id="rule-form"
      label={
        isNew ? t('rules.newFor', { type: typeName }) : t('rules.editFor', { type: typeName, book: bookName ?? '' })
      }
      error={error}
      pending={save.isPending}
      submitLabel={t('rules.save')}
      onCancel={onCancel}
      onSubmit={() => {
        const unchosen = missingChoices([['bookId', value.bookId, t('rules.book.required')]]);
        setMissing(unchosen);
        if (!unchosen) save.mutate(value, { onSuccess: onSaved });
      }}
    >
      <h4>{isNew ? t('rules.new') : t('rules.editHeading', { book: bookName ?? '' })}</h4>
      <SelectField
        id={id('bookId')}
        label={t('rules.book')}
        placeholder={t('form.choose')}
        value={value.bookId}
        options={books.map((b) => ({ value: b.id, label: b.name }))}
        onChange={(v) => setValue({ ...value, bookId: v })}
        error={errors.bookId ?? errors.typeId}
      />
      <SelectField
        id={id('patientList')}
        label={t('rules.patientList')}
        hint={t('rules.patientList.hint')}
        value={value.patientList}
        options={PATIENT_LISTS.map((p) => ({ value: p, label: PATIENT_LIST_LABELS[p][locale] }))}
        onChange={(v) => setValue({ ...value, patientList: v as PatientList })}
        error={errors.patientList}
      />
      <p className="field-hint">{t('rules.tariffs.hint')}</p>
      {TARIFF_KINDS.map((kind, i) => {
        const ofKind = tariffs.filter((x) => x.kind === kind);
        const ids = new Set(ofKind.map((x) => x.id));
        return (
          <CheckboxGroup
            key={kind}
            id={id(`tariffIds-${kind}`)}
            legend={t(KIND_LEGEND[kind])}
            values={value.tariffIds.filter((x) => ids.has(x))}
            choices={ofKind.map((x) => ({ value: x.id, label: x.code, detail: x.name }))}
            empty={<p className="muted">{t('rules.tariffs.none')}</p>}
            // Each kind edits its own part; the rule keeps every kind's tariffs together (T4).
            onChange={(chosen) =>
              setValue({ ...value, tariffIds: [...value.tariffIds.filter((x) => !ids.has(x)), ...chosen] })
            }
            error={i === 0 ? tariffError : undefined}
          />
        );
      })}
    </EditForm>
  );
}
