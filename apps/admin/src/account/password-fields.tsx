// The new password twice, with the rules stated; the repeat is checked here, the rules by the server's schema too.
import { PASSWORD_RULES } from '@bn/domain';
import { TextField } from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  password: string;
  repeat: string;
  onPassword: (v: string) => void;
  onRepeat: (v: string) => void;
  error?: string | undefined;
  /** Shown under the repeat once the form was sent with two different passwords. */
  mismatch: boolean;
}

export function PasswordFields({ password, repeat, onPassword, onRepeat, error, mismatch }: Props) {
  const t = useAdminT();
  return (
    <>
      <TextField
        id="new-password"
        label={t('account.password')}
        hint={t('account.password.rules', { min: PASSWORD_RULES.minLength })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={error}
      />
      <TextField
        id="new-password-repeat"
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={mismatch ? t('account.password.mismatch') : undefined}
      />
    </>
  );
}

/** The token of a link from an e-mail: it rides in the address's fragment (never sent to a server). */
export function linkToken(): string {
  return window.location.hash.replace(/^#/, '');
}
