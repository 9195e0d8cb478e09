import { useMutation } from '@tanstack/react-query';
import { formatDate } from '@bn/domain';
import { ActionButton, StatusBadge, useTRPC, useTRPCClient } from '@bn/ui';
import type { ClinicDetail } from '../../api/types.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { EditButton } from '../section-parts.js';
import { DeleteButton } from '../delete-button.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  department: ClinicDetail['departments'][number];
  canEdit: boolean;
  canRegister: boolean;
  /** D2: registering waits for the clinic's notice. */
  notified: boolean;
  onEdit: () => void;
  /** After the department is deleted: the page's notice. */
  onDeleted: (notice: string) => void;
}

/** D1: a department's contact card, with its registration with the network (D2). */
export function DepartmentCard({ department: d, canEdit, canRegister, notified, onEdit, onDeleted }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const client = useTRPCClient();
  const register = useMutation(trpc.departments.setRegistered.mutationOptions({ onSuccess: refresh }));
  const registered = d.registeredWithNetworkAt !== null;
  return (
    <li className="card contact-card" aria-labelledby={`department-${d.id}`}>
      <h3 id={`department-${d.id}`}>{d.name}</h3>
      <address>
        {d.street}
        <br />
        {d.postcode} {d.city}
      </address>
      <p>
        <StatusBadge
          status={registered ? 'ok' : 'fail'}
          label={
            registered
              ? t('departments.registeredOn', { date: formatDate(d.registeredWithNetworkAt!) })
              : t('departments.notRegistered')
          }
        />
      </p>
      <div className="actions">
        {canRegister && (
          <ActionButton
            small
            secondary={registered}
            pending={register.isPending}
            error={register.error}
            label={t(registered ? 'departments.unregisterNamed' : 'departments.registerNamed', { name: d.name })}
            onClick={() => register.mutate({ departmentId: d.id, registered: !registered })}
          >
            {t(registered ? 'departments.unregister' : 'departments.register')}
          </ActionButton>
        )}
        {canRegister && !registered && !notified && <span className="muted">{t('departments.waitForNotice')}</span>}
        {canEdit && <EditButton name={d.name} onClick={onEdit} />}
        {canEdit && (
          <DeleteButton
            id={d.id}
            name={d.name}
            onDelete={() => client.departments.delete.mutate({ id: d.id })}
            onDeleted={onDeleted}
          />
        )}
      </div>
    </li>
  );
}
