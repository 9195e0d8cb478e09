import type { ReactNode } from 'react';

/** Label–value pairs (a description list), e.g. a clinic's org number and integration status. */
export function FactsList({ facts }: { facts: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="facts">
      {facts.map((f) => (
        <div key={f.label} className="fact">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Yes/no in words (and a mark), never by colour alone. */
export function YesNo({ value, yes, no }: { value: boolean; yes: string; no: string }) {
  return <span className={value ? 'badge badge-yes' : 'badge badge-no'}>{value ? yes : no}</span>;
}
