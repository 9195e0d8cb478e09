// A modal dialog for a decision that needs a moment: opened as the page's only live part (showModal makes the rest
// inert), Tab and Shift+Tab go round inside it, Escape cancels, and the keyboard returns to where it was on closing.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalDialogProps {
  /** Id of the dialog's heading (its accessible name). */
  labelledBy: string;
  /** Escape, or the caller's own cancel button. */
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ModalDialog({ labelledBy, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);

  // The browser would let Tab leave the last field for its own toolbar; inside the page it goes round.
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        // Escape: the caller decides (it unmounts the dialog), so React's state and the element stay in step.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
