import { useMutation } from '@tanstack/react-query';
import { formatDate } from '@bn/domain';
import { ActionButton, useTRPC } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  clinicId: string;
  notifiedAt: Date | null;
  departmentCount: number;
  canNotify: boolean;
}

/** D2: the clinic tells the network it has several departments; only then can support register the addresses. */
export function SeveralDepartmentsNotice({ clinicId, notifiedAt, departmentCount, canNotify }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const notify = useMutation(trpc.clinics.notifySeveralDepartments.mutationOptions({ onSuccess: refresh }));
  if (notifiedAt)
    return <p className="notice notice-ok">{t('departments.notified', { date: formatDate(notifiedAt) })}</p>;
  return (
    <div className="notice notice-info">
      <p>{departmentCount > 1 ? t('departments.notNotified.several') : t('departments.notNotified')}</p>
      {canNotify && (
        <ActionButton pending={notify.isPending} error={notify.error} onClick={() => notify.mutate({ clinicId })}>
          {t('departments.notify')}
        </ActionButton>
      )}
    </div>
  );
}
