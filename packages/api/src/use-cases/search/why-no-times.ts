import type { EntityManager } from '@bn/db';
import {
  Appointment,
  AppointmentBook,
  AppointmentType,
  Clinic,
  Insurer,
  Practitioner,
  WeekTemplate,
  WorkPlan,
} from '@bn/db';
import {
  AppError,
  effectiveRestrictions,
  explainNoSlots,
  NO_RESTRICTIONS,
  osloDate,
  osloInstant,
  addDays,
  readinessWindows,
} from '@bn/domain';
import { loadReadinessSubjects } from '../readiness/load-readiness-subjects.js';
import { listHolidays } from '../holidays/list-holidays.js';
import { FREE_TIME_HORIZON_DAYS } from './refresh-free-time.js';
import { insurerAgreement, type AgreementVerdict } from './insurer-agreement.js';

export interface WhyNoTimesOptions {
  em: EntityManager;
  insurerId: string;
  practitionerId: string;
  from: string;
  to: string;
  now: Date;
}

export interface WhyNoTimesItem {
  bookId: string;
  typeId: string;
  typeName: string;
  tariffs: string[];
  /** bookable: has free times for this insurer in the range; not_offered: the readiness check says no; no_slots: offered but nothing free. */
  status: 'bookable' | 'not_offered' | 'no_slots';
  reasons: { code: string; message: string; messageEn: string }[];
}

export interface WhyNoTimesResult {
  practitioner: { id: string; name: string; clinicName: string };
  items: WhyNoTimesItem[];
  /** When the practitioner has no book with a rule at all. */
  general: { code: string; message: string; messageEn: string }[];
}

const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** All an agent learns about a clinic without a valid agreement with its insurer: that, and the agreement's dates. */
function noAgreement(insurer: string, v: Extract<AgreementVerdict, { valid: false }>) {
  if (v.startsOn) {
    return {
      code: 'N3',
      message: `Avtalen mellom ${insurer} og klinikken gjelder fra ${dmy(v.startsOn)}.`,
      messageEn: `The agreement between ${insurer} and the clinic applies from ${dmy(v.startsOn)}.`,
    };
  }
  if (v.endedOn) {
    return {
      code: 'N3',
      message: `Avtalen mellom ${insurer} og klinikken gjaldt til og med ${dmy(v.endedOn)}.`,
      messageEn: `The agreement between ${insurer} and the clinic applied until ${dmy(v.endedOn)}.`,
    };
  }
  return {
    code: 'N3',
    message: `Klinikken har ingen avtale med ${insurer}.`,
    messageEn: `The clinic has no agreement with ${insurer}.`,
  };
}

/**
 * "Why no times?" for an agent, over the range the agent searched. A clinic without a valid agreement with the agent's
 * insurer: only that (N3, with the agreement's dates), nothing of its set-up. Otherwise per book × type of the practitioner, the readiness
 * check's reasons for this insurer (the same function the clinic admin sees, on the same days the search's offers
 * rest on) or, when offered, why the engine finds no free time in the range — including the offer's end (an
 * agreement's last day) and the horizon the network books within, exactly as the search applies them.
 */
export async function whyNoTimes({
  em,
  insurerId,
  practitionerId,
  from,
  to,
  now,
}: WhyNoTimesOptions): Promise<WhyNoTimesResult> {
  const practitioner = await em.findOne(Practitioner, { id: practitionerId }, { populate: ['clinic'] });
  if (!practitioner) throw new AppError('NOT_FOUND', { reason: 'practitioner' });
  const today = osloDate(now);
  const base = { practitioner: { id: practitioner.id, name: practitioner.name, clinicName: practitioner.clinic.name } };
  const agreement = await insurerAgreement(em, {
    insurerId,
    clinicId: practitioner.clinic.id,
    practitionerId: practitioner.id,
    today,
  });
  if (!agreement.valid) {
    const insurer = await em.findOneOrFail(Insurer, { id: insurerId });
    return { ...base, items: [], general: [noAgreement(insurer.name, agreement)] };
  }
  const books = await em.find(AppointmentBook, { ownerPractitioner: practitionerId });
  const pairs = (await loadReadinessSubjects({ em, clinicIds: [practitioner.clinic.id], today })).filter(
    (p) => books.some((b) => b.id === p.book.id) && p.subject.rule !== null,
  );
  if (pairs.length === 0) {
    return {
      ...base,
      items: [],
      general: [
        {
          code: 'no_book',
          message: `${practitioner.name} har ingen timebok med timetyper satt opp for online booking gjennom nettverket.`,
          messageEn: `${practitioner.name} has no appointment book with types set up for network booking.`,
        },
      ],
    };
  }
  const bookIds = pairs.map((p) => p.book.id);
  const [clinic, types, plans, templates, busy] = await Promise.all([
    em.findOneOrFail(Clinic, { id: practitioner.clinic.id }),
    em.find(AppointmentType, { id: { $in: pairs.map((p) => p.type.id) } }),
    em.find(WorkPlan, { book: { $in: bookIds } }),
    em.find(WeekTemplate, { book: { $in: bookIds } }),
    em.find(Appointment, {
      book: { $in: bookIds },
      status: 'active',
      startAt: { $lt: osloInstant(addDays(to, 1), '00:00') },
      endAt: { $gt: osloInstant(from, '00:00') },
    }),
  ]);
  const holidays = [...new Set([from.slice(0, 4), to.slice(0, 4)])].flatMap((y) =>
    listHolidays({ year: Number(y) }).map((h) => h.date),
  );

  const horizonEnd = addDays(today, FREE_TIME_HORIZON_DAYS);
  const beyondHorizon =
    to > horizonEnd
      ? [
          {
            code: 'beyond_horizon',
            message: `Nettverket åpner for booking ${FREE_TIME_HORIZON_DAYS} dager fram i tid, til og med ${dmy(horizonEnd)}; senere timer kan ikke bestilles ennå.`,
            messageEn: `The network opens booking ${FREE_TIME_HORIZON_DAYS} days ahead, until ${dmy(horizonEnd)}; later times cannot be booked yet.`,
          },
        ]
      : [];
  const items = pairs.map((pair): WhyNoTimesItem => {
    const { today: result, insurers } = readinessWindows(pair.subject, horizonEnd);
    const forInsurer = result.insurers.find((i) => i.insurerId === insurerId);
    const window = insurers.get(insurerId);
    const item = {
      bookId: pair.book.id,
      typeId: pair.type.id,
      typeName: pair.type.name,
      tariffs: result.insuranceTariffs.map((t) => `${t.code} ${t.name}`),
    };
    if (!forInsurer?.bookable) {
      return {
        ...item,
        status: 'not_offered',
        reasons: (forInsurer?.reasons ?? []).map((r) => ({ code: r.key, message: r.message, messageEn: r.messageEn })),
      };
    }
    const book = books.find((b) => b.id === pair.book.id)!;
    const type = types.find((t) => t.id === pair.type.id)!;
    const plan = plans.find((p) => p.book.id === book.id);
    const restrictions = effectiveRestrictions({
      clinic: { maxSelfBooked: clinic.maxSelfBooked ?? null },
      book: book.restrictions ?? NO_RESTRICTIONS,
      type: { ownLimitsEnabled: type.ownLimitsEnabled, ownLimits: type.ownLimits ?? NO_RESTRICTIONS },
    });
    if (from > horizonEnd) return { ...item, status: 'no_slots', reasons: beyondHorizon };
    const reasons = explainNoSlots({
      plan: {
        weeks: plan?.weeks ?? [],
        closedDays: plan?.closedDays ?? [],
        openedHolidays: plan?.openedHolidays ?? [],
      },
      templates: templates
        .filter((t) => t.book.id === book.id)
        .map((t) => ({ id: t.id, windows: t.windows, breaks: t.breaks })),
      holidays,
      from,
      to: to > horizonEnd ? horizonEnd : to,
      offeredUntil: window?.until ? osloInstant(window.until, '00:00') : null,
      type: { id: type.id, durationMinutes: type.durationMinutes, name: type.name },
      busy: busy.filter((a) => a.book.id === book.id).map((a) => ({ start: a.startAt, end: a.endAt })),
      now,
      restrictions,
    });
    if (reasons.length === 0) return { ...item, status: 'bookable', reasons: [] };
    return {
      ...item,
      status: 'no_slots',
      reasons: [
        ...reasons.map((r) => ({ code: r.code, message: r.message, messageEn: r.messageEn })),
        ...beyondHorizon,
      ],
    };
  });
  return { ...base, items, general: [] };
}
