export type Status = 'ok' | 'fail' | 'na';

/** A check's state in words and a mark, never by colour alone: ✓ passed, ✗ must be fixed, – not judged yet. */
export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return <span className={`status status-${status}`}>{label}</span>;
}
