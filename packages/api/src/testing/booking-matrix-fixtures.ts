// Rows the access matrix's booking entries point at. Clinic B is made bookable for insurer X (no other matrix entry
// touches clinic B, so its offers and free time stay put), and the network's clinic admin also administers clinic B,
// so that each allowed caller has a booking of its own to change.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@bn/db';
import { Clinic, User, UserClinic } from '@bn/db';
import type { TestNetwork } from '@bn/db/testing';
import { agentBooker } from '@bn/domain';
import { holdSlot } from '../use-cases/booking/hold-slot.js';
import { confirmBooking } from '../use-cases/booking/confirm-booking.js';
import { createBookableSetup, freeSlotsOf, type BookableSetup } from './booking-fixtures.js';

export interface BookingMatrixFixtures {
  setup: BookableSetup;
  holdInput: { bookId: string; typeId: string; tariffCode: string; startAt: Date };
  holdToConfirm: string;
  holdToRelease: string;
  holdToExtend: string;
  /** One booking per allowed role, so one role's cancel does not leave the next nothing to cancel. */
  toCancel: { insurer_agent: string; clinic_admin: string };
  toMove: {
    insurer_agent: { appointmentId: string; startAt: Date };
    clinic_admin: { appointmentId: string; startAt: Date };
  };
  /** The clinic admin books its own patient (of clinic B) into a free time of clinic B's book. */
  toBookByClinic: { clinicId: string; bookId: string; typeId: string; startAt: Date; patientId: string };
  /** Began an hour ago. */
  toMarkNoShow: string;
  /** A patient of clinic A with an appointment (`appointmentId`) in the practitioner user's own book. */
  clinicAPatient: { id: string; nationalId: string; appointmentId: string };
}

export const MATRIX_PATIENT = {
  nationalId: '04819012372',
  name: 'Matrise Pasient',
  email: 'matrise@example.no',
  phone: null,
};

/** `ownBookId`: a book of clinic A owned by the network's practitioner (the configuration fixtures' book). */
export async function createBookingMatrixFixtures(
  orm: MikroORM,
  network: TestNetwork,
  ownBookId: string,
): Promise<BookingMatrixFixtures> {
  const em = orm.em.fork();
  const setup = await createBookableSetup(em, {
    clinic: network.clinicB,
    insurer: network.insurerX,
    practitioner: network.practitionerB,
  });
  em.create(UserClinic, {
    user: await em.findOneOrFail(User, { id: network.users.clinic_admin.user.id }),
    clinic: await em.findOneOrFail(Clinic, { id: network.clinicB.id }),
  });
  await em.flush();
  const slots = await freeSlotsOf(orm, setup.book.id, setup.type.id);
  const agent = { userId: network.users.insurer_agent.user.id, insurerId: network.insurerX.id };
  const booker = agentBooker(agent.userId, agent.insurerId);
  const now = new Date();
  const input = (i: number) => ({
    bookId: setup.book.id,
    typeId: setup.type.id,
    tariffCode: setup.tariffCode,
    startAt: slots[i]!.startAt,
  });
  const hold = async (i: number) => (await holdSlot({ em: orm.em.fork(), booker, input: input(i), now })).holdId;
  const book = async (i: number) =>
    (
      await confirmBooking({
        em: orm.em.fork(),
        booker,
        input: { holdId: await hold(i), patient: MATRIX_PATIENT, caseId: 'MATRIX1', patientRemark: null },
        now,
      })
    ).appointmentId;

  const toMarkNoShow = randomUUID();
  const started = new Date(now.getTime() - 3_600_000);
  const cancelAgent = await book(3);
  const [patient] = await orm.em
    .fork()
    .execute<{ patient_id: string }[]>('select patient_id from appointment where id = ?', [cancelAgent]);
  await orm.em.fork().execute(
    `insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, source, insurer_id, created_by, patient_id, paid_by_patient)
     values (?, ?, ?, ?, ?, ?, ?, 'booking', 'active', 'agent', ?, ?, ?, true)`,
    [
      toMarkNoShow,
      started,
      setup.clinicId,
      setup.book.id,
      setup.type.id,
      started,
      new Date(started.getTime() + 30 * 60_000),
      agent.insurerId,
      agent.userId,
      patient!.patient_id,
    ],
  );
  const clinicAPatient = { id: randomUUID(), nationalId: '05819012301', appointmentId: randomUUID() };
  const far = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1, 3, 0));
  await orm.em
    .fork()
    .execute(
      `insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values (?, now(), ?, ?, 'Pasient i A', null, 'a@example.no', '1990-01-05')`,
      [clinicAPatient.id, network.clinicA.id, clinicAPatient.nationalId],
    );
  await orm.em.fork().execute(
    `insert into appointment (id, created_at, clinic_id, book_id, start_at, end_at, kind, status, source, patient_id, paid_by_patient)
     values (?, now(), ?, ?, ?, ?, 'booking', 'active', 'clinic', ?, true)`,
    [
      clinicAPatient.appointmentId,
      network.clinicA.id,
      ownBookId,
      far,
      new Date(far.getTime() + 30 * 60_000),
      clinicAPatient.id,
    ],
  );
  return {
    setup,
    clinicAPatient,
    holdInput: input(0),
    holdToConfirm: await hold(1),
    holdToRelease: await hold(2),
    holdToExtend: await hold(9),
    toCancel: { insurer_agent: cancelAgent, clinic_admin: await book(4) },
    toMove: {
      insurer_agent: { appointmentId: await book(5), startAt: slots[7]!.startAt },
      clinic_admin: { appointmentId: await book(6), startAt: slots[8]!.startAt },
    },
    toMarkNoShow,
    toBookByClinic: {
      clinicId: setup.clinicId,
      bookId: setup.book.id,
      typeId: setup.type.id,
      startAt: slots[12]!.startAt,
      patientId: patient!.patient_id,
    },
  };
}
