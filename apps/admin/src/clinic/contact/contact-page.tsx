// «Kontaktinformasjon»: the clinic's phone number, which insurer agents see with its times and bookings (and ring when
// a booking can no longer be changed online). The clinic's own admin keeps it; the network and support read it.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatNorwegianPhone } from '@bn/domain';
import { EditForm, FactsList, QueryView, TextField, useFieldErrors, usePageTitle, useTRPC } from '@bn/ui';
import { useCanEditClinic, useClinicId } from '../../api/use-clinic.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { SavedNotice } from '../section-parts.js';

export function ContactPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const canEdit = useCanEditClinic();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('contact.heading'));

  return (
    <section aria-labelledby="contact-heading">
      <div className="section-head">
        <h2 id="contact-heading">{t('contact.heading')}</h2>
      </div>
      <p className="muted">{t('contact.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={clinic} loadingLabel={t('contact.loading')}>
        {(c) =>
          canEdit ? (
            <PhoneForm
              clinicId={clinicId}
              initial={c.phone}
              onSaved={() => setSaved(t('contact.saved'))}
              onChange={() => setSaved(null)}
            />
          ) : (
            <FactsList
              facts={[
                { label: t('contact.phone'), value: c.phone ? formatNorwegianPhone(c.phone) : t('contact.notGiven') },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}

function PhoneForm(props: { clinicId: string; initial: string | null; onSaved: () => void; onChange: () => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [phone, setPhone] = useState(props.initial ? formatNorwegianPhone(props.initial) : '');
  const save = useMutation(trpc.clinics.setPhone.mutationOptions());
  const errors = useFieldErrors(save.error);
  return (
    <EditForm
      id="contact-form"
      label={t('contact.heading')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('contact.save')}
      focusOnOpen={false}
      onSubmit={() =>
        save.mutate(
          { clinicId: props.clinicId, phone },
          {
            onSuccess: (r) => {
              setPhone(r.phone ? formatNorwegianPhone(r.phone) : '');
              props.onSaved();
              void refresh();
            },
          },
        )
      }
    >
      <TextField
        id="contact-phone"
        label={t('contact.phone')}
        value={phone}
        onChange={(v) => {
          setPhone(v);
          props.onChange();
        }}
        autoComplete="tel"
        hint={t('contact.phone.hint')}
        error={errors.phone}
        size="short"
      />
    </EditForm>
  );
}
