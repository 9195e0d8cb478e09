import { PROFESSION_INFO, type Profession } from '@bn/domain';
import { useAdminT } from '../i18n/use-admin-t.js';

/** N2: an HPR number is required for authorised professions only, so a missing one is pointed out only there. */
export function HprNumber({ profession, hprNumber }: { profession: Profession; hprNumber: string | null }) {
  const t = useAdminT();
  if (hprNumber) return <>{hprNumber}</>;
  if (PROFESSION_INFO[profession].requiresHpr) return <span className="warning">{t('clinic.hpr.missing')}</span>;
  return <span className="muted">{t('clinic.hpr.notRequired')}</span>;
}
