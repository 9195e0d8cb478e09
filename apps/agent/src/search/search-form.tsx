// The search form: tariff (by name), profession, place (city or postcode), practitioner name and date range.
// It edits a copy of the search; submitting puts it in the address, which runs the search. «Til dato» follows a
// «Fra dato» moved past it (search-params.ts: withFrom); a range search.network's schema refuses (a «Til dato» before «Fra
// dato», or too long) is said by the field in the schema's own words, and the search is not sent.
import { useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useQuery } from '@tanstack/react-query';
import { PROFESSION_INFO, type Profession } from '@bn/domain';
import { DateField, fieldIssueText, SelectField, TextField, useLocale, useTRPC } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { postcodeIssue, rangeIsValid, rangeIssue, spanOf, withFrom, type SearchParams } from './search-params.js';

export interface SearchFormProps {
  initial: SearchParams;
  onSearch: (search: SearchParams) => void;
  onReset: () => void;
}

export function SearchForm({ initial, onSearch, onReset }: SearchFormProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const filters = useQuery(trpc.search.filters.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const [draft, setDraft] = useState(initial);
  // The span the agent last chose (days from «Fra dato» to «Til dato»), which «Til dato» keeps when it follows.
  const [span, setSpan] = useState(() => spanOf(initial));
  // A backwards range is said once the agent has left «Til dato» or tried to search, then until it is mended.
  const [checkRange, setCheckRange] = useState(() => !rangeIsValid(initial));
  const toRef = useRef<HTMLInputElement>(null);
  const set =
    <K extends keyof SearchParams>(key: K) =>
    (value: SearchParams[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const setFrom = (from: string) => setDraft((d) => withFrom(d, from, span));
  const setTo = (to: string) => {
    setDraft((d) => ({ ...d, to }));
    setSpan((previous) => spanOf({ from: draft.from, to }, previous));
  };
  const issue = checkRange ? rangeIssue(draft) : null;
  const rangeError = issue ? fieldIssueText(issue, locale) : undefined;
  // The patient's postcode is checked once the agent tries to search (sorting by distance needs it).
  const [checkPostcode, setCheckPostcode] = useState(() => postcodeIssue(initial) !== null);
  const postcodeProblem = checkPostcode ? postcodeIssue(draft) : null;
  const postcodeError = postcodeProblem ? fieldIssueText(postcodeProblem, locale) : undefined;
  const postcodeRef = useRef<HTMLInputElement>(null);

  const tariffs = filters.data?.tariffs ?? [];
  const tariffOptions = tariffs.map((tariff) => ({ value: tariff.code, label: `${tariff.name} (${tariff.code})` }));
  // A tariff from a shared link is kept even before (or without) the list that names it.
  if (draft.tariff && !tariffs.some((x) => x.code.toUpperCase() === draft.tariff.toUpperCase())) {
    tariffOptions.unshift({ value: draft.tariff, label: draft.tariff });
  }
  const professions = (filters.data?.professions ?? []) as Profession[];
  const professionOptions = [...new Set([...professions, ...(draft.profession ? [draft.profession] : [])])].map(
    (p) => ({
      value: p,
      label: PROFESSION_INFO[p]?.[locale] ?? p,
    }),
  );

  const leaveTo = (event: FocusEvent<HTMLFormElement>) => {
    if (event.target.id === 'search-to') setCheckRange(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rangeIsValid(draft)) {
      // The message is tied to the field before the keyboard goes there, so a screen reader reads them together.
      flushSync(() => setCheckRange(true));
      toRef.current?.focus();
      return;
    }
    if (postcodeIssue(draft)) {
      flushSync(() => setCheckPostcode(true));
      postcodeRef.current?.focus();
      return;
    }
    onSearch(draft);
  };

  return (
    <form
      className="search-form card"
      role="search"
      aria-label={at('search.form')}
      onSubmit={submit}
      onBlur={leaveTo}
      noValidate
    >
      <div className="search-fields">
        <SelectField
          id="search-tariff"
          label={at('search.tariff')}
          value={draft.tariff}
          options={tariffOptions}
          placeholder={at('search.tariff.any')}
          onChange={set('tariff')}
        />
        <SelectField
          id="search-profession"
          label={at('search.profession')}
          value={draft.profession}
          options={professionOptions}
          placeholder={at('search.profession.any')}
          onChange={(v) => set('profession')(v as Profession | '')}
        />
        <div className="field">
          <label htmlFor="search-place">{at('search.place')}</label>
          <p id="search-place-hint" className="field-hint">
            {at('search.place.hint')}
          </p>
          <input
            id="search-place"
            name="search-place"
            list="search-cities"
            value={draft.place}
            autoComplete="off"
            aria-describedby="search-place-hint"
            onChange={(e) => set('place')(e.target.value)}
          />
          <datalist id="search-cities">
            {(filters.data?.cities ?? []).map((city) => (
              <option key={city} value={city} />
            ))}
          </datalist>
        </div>
        <TextField
          id="search-name"
          label={at('search.name')}
          value={draft.name}
          onChange={set('name')}
          autoComplete="off"
        />
        <DateField id="search-from" label={at('search.from')} value={draft.from} onChange={setFrom} />
        <DateField
          id="search-to"
          ref={toRef}
          label={at('search.to')}
          value={draft.to}
          min={draft.from}
          onChange={setTo}
          error={rangeError}
        />
        <SelectField
          id="search-sort"
          label={at('search.sort')}
          value={draft.sort}
          options={[
            { value: 'earliest', label: at('search.sort.earliest') },
            { value: 'distance', label: at('search.sort.distance') },
          ]}
          onChange={(v) => set('sort')(v === 'distance' ? 'distance' : 'earliest')}
        />
        <TextField
          id="search-postcode"
          ref={postcodeRef}
          label={at('search.postcode')}
          hint={at('search.postcode.hint')}
          value={draft.postcode}
          onChange={set('postcode')}
          inputMode="numeric"
          size="short"
          autoComplete="off"
          error={postcodeError}
        />
      </div>
      {filters.isPending && (
        <p className="muted" role="status">
          {at('search.filters.loading')}
        </p>
      )}
      {filters.isError && (
        <p className="search-filters-error" role="alert">
          {at('search.filters.error')}{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void filters.refetch()}
            disabled={filters.isFetching}
          >
            {at('state.retry')}
          </button>
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button">
          {at('search.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReset}>
          {at('search.reset')}
        </button>
      </div>
    </form>
  );
}
