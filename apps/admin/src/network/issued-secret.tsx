// A secret shown once, right after it is made (an API key, a webhook's signing secret): the operator copies it to the
// insurer now, or makes a new one later. The network keeps only a fingerprint or an encrypted form of it.
import { useState } from 'react';

interface Props {
  heading: string;
  /** Why it is shown only now, and what to do with it. */
  explain: string;
  secret: string;
  testId: string;
  labels: { copy: string; copied: string; done: string };
  onDone: () => void;
}

export function IssuedSecret({ heading, explain, secret, testId, labels, onDone }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
  };
  return (
    <div className="card" role="status" aria-labelledby={`${testId}-heading`}>
      <h2 id={`${testId}-heading`}>{heading}</h2>
      <p>{explain}</p>
      <p>
        <code className="secret" data-testid={testId}>
          {secret}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={copy}>
          {copied ? labels.copied : labels.copy}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {labels.done}
        </button>
      </div>
    </div>
  );
}
