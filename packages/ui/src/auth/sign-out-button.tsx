import { useT } from '../i18n/translate.js';
import { useSession } from './session-context.js';

/** "Logg ut": ends the session on the server, then clears every cached answer and shows sign-in. */
export function SignOutButton() {
  const t = useT();
  const { signOut, signingOut, signOutFailed } = useSession();
  return (
    <span className="sign-out">
      <button type="button" className="button button-secondary" onClick={signOut} disabled={signingOut}>
        {t('shell.signOut')}
      </button>
      {signOutFailed && (
        <span role="alert" className="sign-out-error">
          {t('shell.signOutFailed')}
        </span>
      )}
    </span>
  );
}
