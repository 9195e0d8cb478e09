// «EHF-arkiv»: the clinic's EHF invoices and credit notes to one insurer, issued in a period, as one zip file.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { DateField, EditForm, SelectField, useFieldErrors, useTRPCClient } from '@bn/ui';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { base64Bytes, saveFile } from './download.js';

export function EhfArchive() {
  const t = useAdminT();
  const client = useTRPCClient();
  const clinicId = useClinicId();
  const config = useClinicConfig();
  const today = osloDate(new Date());
  const [value, setValue] = useState({ insurerId: '', from: `${today.slice(0, 8)}01`, to: today });
  const insurers = [...new Map((config.data?.agreements ?? []).map((a) => [a.insurerId, a.insurerName]))].map(
    ([id, name]) => ({ value: id, label: name }),
  );
  const download = useMutation({
    mutationFn: () => client.billing.ehfArchive.query({ clinicId, ...value }),
    onSuccess: (archive) => {
      if (archive.fileNames.length > 0) saveFile(archive.fileName, base64Bytes(archive.zipBase64), 'application/zip');
    },
  });
  const errors = useFieldErrors(download.error);
  return (
    <section aria-labelledby="ehf-archive-heading">
      <h3 id="ehf-archive-heading">{t('billing.archive')}</h3>
      <EditForm
        id="ehf-archive"
        label={t('billing.archive')}
        error={download.error}
        pending={download.isPending}
        submitLabel={t('billing.archive.download')}
        focusOnOpen={false}
        onSubmit={() => download.mutate()}
      >
        <SelectField
          id="ehf-archive-insurer"
          label={t('claims.insurer')}
          placeholder={t('claims.insurer.choose')}
          value={value.insurerId}
          options={insurers}
          onChange={(insurerId) => setValue({ ...value, insurerId })}
          error={errors.insurerId}
        />
        <DateField
          id="ehf-archive-from"
          label={t('billing.archive.from')}
          size="short"
          value={value.from}
          onChange={(from) => setValue({ ...value, from })}
          error={errors.from}
        />
        <DateField
          id="ehf-archive-to"
          label={t('billing.archive.to')}
          size="short"
          value={value.to}
          onChange={(to) => setValue({ ...value, to })}
          error={errors.to}
        />
      </EditForm>
      {download.data && (
        <p role="status" className={download.data.fileNames.length ? 'notice notice-ok' : 'state state-empty'}>
          {download.data.fileNames.length
            ? t('billing.archive.done', { count: download.data.fileNames.length })
            : t('billing.archive.empty')}
        </p>
      )}
    </section>
  );
}
