// Shown to a signed-in user whose role works in the other SPA: says so, links there, and offers to sign out.
import { ROLE_LABELS } from '@bn/domain';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { PlainLayout } from '../layout/plain-layout.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { OTHER_SPA_PATH, useSpa } from '../spa/spa-context.js';
import { useSessionUser } from './session-context.js';
import { SignOutButton } from './sign-out-button.js';

export function WrongAppPage() {
  const t = useT();
  const { locale } = useLocale();
  const { name } = useSpa();
  const user = useSessionUser();
  usePageTitle(t('wrongApp.heading'));
  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('wrongApp.heading')}</h1>
        <p>{t('wrongApp.signedInAs', { name: user.name, role: ROLE_LABELS[user.role][locale] })}</p>
        <p>{t(name === 'admin' ? 'wrongApp.body.admin' : 'wrongApp.body.agent')}</p>
        <div className="actions">
          <a className="button" href={OTHER_SPA_PATH[name]}>
            {t(name === 'admin' ? 'wrongApp.link.admin' : 'wrongApp.link.agent')}
          </a>
          <SignOutButton />
        </div>
      </section>
    </PlainLayout>
  );
}
