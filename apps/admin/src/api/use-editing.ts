import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const NEW = 'ny';

/**
 * Which row's form is open, kept in the address (`?rediger=<id>` or `?rediger=ny`), so a link from the readiness
 * check opens the right form and the back button closes it.
 */
export function useEditing(param = 'rediger') {
  const [params, setParams] = useSearchParams();
  const editing = params.get(param);
  const open = useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set(param, id);
        return next;
      }),
    [param, setParams],
  );
  const close = useCallback(
    () =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.delete(param);
        return next;
      }),
    [param, setParams],
  );
  return { editing, isNew: editing === NEW, open, openNew: () => open(NEW), close, params };
}
