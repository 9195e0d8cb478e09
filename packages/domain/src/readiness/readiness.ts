/**
 * "Klar for online booking?" — the one function that decides whether insurers can book a book × type through the
 * network (DOMAIN.md rules N1–N5, B1–B4, T2, T5, D2, S1). The admin screens show its checks, the search materialises
 * its result, the agent's "why no times?" reads its reasons. There is no second implementation.
 */
import { PROFESSION_INFO } from '../professions.js';
import { isInsuranceTariffCode } from '../config/tariffs.js';
import { addDays, isoWeek } from '../time/oslo.js';
import {
  SCHEDULE_HORIZON_WEEKS,
  type FixTarget,
  type InsurerReadiness,
  type ReadinessAddress,
  type ReadinessCheck,
  type ReadinessResult,
  type ReadinessRule,
  type ReadinessSubject,
} from './types.js';

type Check = ReadinessCheck;

/**
 * T2 without a fitting insurance tariff: names the network's B-tariffs for the owner's profession (a chiropractor's
 * B1011 is no example for a physiotherapist), or, when the network has none, says so.
 */
function missingTariffText(s: ReadinessSubject, locale: 'nb' | 'en'): string {
  const profession = s.owner ? PROFESSION_INFO[s.owner.profession][locale].toLocaleLowerCase(locale) : null;
  const fitting = (s.networkInsuranceTariffs ?? []).filter(
    (t) =>
      isInsuranceTariffCode(t.code) &&
      (!s.owner || t.professions.length === 0 || t.professions.includes(s.owner.profession)),
  );
  const names = fitting.map((t) => `${t.code} ${t.name}`);
  const or = (list: string[], word: string) =>
    list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} ${word} ${list[list.length - 1]}`;
  if (locale === 'nb') {
    const whose = profession ? `for ${profession}` : 'for behandlerens yrkesgruppe';
    return names.length > 0
      ? `Regelen mangler en forsikringstakst ${whose}. Legg ${or(names, 'eller')} til på regelen.`
      : `Regelen mangler en forsikringstakst ${whose}, og nettverket har ingen B-takst ${whose} ennå. Kontakt nettverket.`;
  }
  const whose = profession ? `for a ${profession}` : "for the owner's profession";
  return names.length > 0
    ? `The rule has no insurance tariff ${whose}. Add ${or(names, 'or')} to the rule.`
    : `The rule has no insurance tariff ${whose}, and the network has no B-code ${whose} yet. Contact the network.`;
}

/**
 * The ISO weeks (`2027-5`) of today and the next SCHEDULE_HORIZON_WEEKS − 1, per day. The search judges every book ×
 * type on the same few days (readinessWindows), so the calendar arithmetic is done once per day, not once per judgement.
 */
const weeksCache = new Map<string, ReadonlySet<string>>();
function comingWeeksOf(today: string): ReadonlySet<string> {
  let weeks = weeksCache.get(today);
  if (!weeks) {
    const set = new Set<string>();
    for (let i = 0; i < SCHEDULE_HORIZON_WEEKS; i++) {
      const w = isoWeek(addDays(today, i * 7));
      set.add(`${w.isoYear}-${w.isoWeek}`);
    }
    if (weeksCache.size >= 1000) weeksCache.clear();
    weeksCache.set(today, (weeks = set));
  }
  return weeks;
}

export function evaluateReadiness(s: ReadinessSubject): ReadinessResult {
  const clinicId = s.clinic.id;
  const fix = (screen: FixTarget['screen'], by: FixTarget['by'], extra: Partial<FixTarget> = {}): FixTarget => ({
    screen,
    by,
    clinicId,
    ...extra,
  });
  const onBook = { bookId: s.book.id };
  const onType = { bookId: s.book.id, typeId: s.type.id };
  const onOwner = s.owner ? { practitionerId: s.owner.id } : {};
  const checks: Check[] = [];
  const add = (
    rule: ReadinessRule,
    key: string,
    status: Check['status'],
    message: string,
    messageEn: string,
    target: FixTarget,
  ) => checks.push({ rule, key, status, message, messageEn, fix: target });

  // B1 / B2: the book is owned by one practitioner, whose name agents see.
  if (s.book.ownerKind === 'practitioner' && s.owner) {
    add(
      'B1',
      'B1',
      'ok',
      `Timeboken eies av ${s.owner.name}.`,
      `The book is owned by ${s.owner.name}.`,
      fix('book', 'clinic_admin', onBook),
    );
  } else {
    const who = s.book.ownerKind === 'clinic' ? 'hele klinikken' : 'en gruppe';
    add(
      'B1',
      'B1',
      'fail',
      `Timeboken eies av ${who}. Sett én behandler som eier av timeboken.`,
      `The book is owned by ${s.book.ownerKind === 'clinic' ? 'the clinic' : 'a group'}. Make one practitioner its owner.`,
      fix('book', 'clinic_admin', onBook),
    );
  }
  if (!s.owner) {
    add(
      'B2',
      'B2',
      'na',
      'Navnet agentene ser, er eierens navn. Velg eier først.',
      "Agents see the owner's name. Choose an owner first.",
      fix('book', 'clinic_admin', onBook),
    );
  } else if (s.owner.name.trim()) {
    add(
      'B2',
      'B2',
      'ok',
      `Forsikringsagenter og pasienter ser navnet «${s.owner.name}».`,
      `Agents and patients see the name "${s.owner.name}".`,
      fix('practitioner', 'clinic_admin', onOwner),
    );
  } else {
    add(
      'B2',
      'B2',
      'fail',
      'Behandleren mangler navn. Skriv inn navnet som agentene skal se.',
      'The practitioner has no name. Enter the name agents should see.',
      fix('practitioner', 'clinic_admin', onOwner),
    );
  }

  // N1 / N2: profession and membership.
  if (!s.owner) {
    add(
      'N1',
      'N1',
      'na',
      'Yrkesgruppen vurderes når timeboken har en behandler som eier.',
      'The profession is judged once the book has a practitioner owner.',
      fix('book', 'clinic_admin', onBook),
    );
    add(
      'N2',
      'N2',
      'na',
      'Medlemskap vurderes når timeboken har en behandler som eier.',
      'Membership is judged once the book has a practitioner owner.',
      fix('book', 'clinic_admin', onBook),
    );
  } else {
    const info = PROFESSION_INFO[s.owner.profession];
    if (info.networkEligible) {
      add(
        'N1',
        'N1',
        'ok',
        `${info.nb} kan tilbys gjennom nettverket.`,
        `${info.en}s can be offered through the network.`,
        fix('practitioner', 'clinic_admin', onOwner),
      );
    } else {
      add(
        'N1',
        'N1',
        'fail',
        'Bare fysikalske behandlere og psykologer kan bookes gjennom nettverket. Sjekk behandlerens yrkesgruppe.',
        'Only physical-treatment professionals and psychologists can be booked through the network. Check the profession.',
        fix('practitioner', 'clinic_admin', onOwner),
      );
    }
    if (info.requiresHpr && !s.owner.hprNumber) {
      add(
        'N2',
        'N2',
        'fail',
        `${info.nb} må ha HPR-nummer. Legg inn HPR-nummeret på behandleren.`,
        `A ${info.en.toLowerCase()} needs an HPR number. Enter it on the practitioner.`,
        fix('practitioner', 'clinic_admin', onOwner),
      );
    } else if (s.owner.membership !== 'approved') {
      const state =
        s.owner.membership === 'pending'
          ? 'Søknaden om medlemskap venter på godkjenning hos nettverket.'
          : s.owner.membership === 'revoked'
            ? 'Medlemskapet i nettverket er trukket tilbake. Kontakt nettverket.'
            : s.owner.membership === 'rejected'
              ? `Nettverket har avslått søknaden om medlemskap: «${s.owner.membershipRejectionReason ?? ''}». Rett det og søk på nytt.`
              : 'Behandleren er ikke medlem av nettverket. Søk om medlemskap.';
      const rejected = s.owner.membership === 'rejected';
      add(
        'N2',
        'N2',
        'fail',
        state,
        rejected
          ? `The network rejected the membership application: «${s.owner.membershipRejectionReason ?? ''}». Correct it and apply again.`
          : 'The practitioner is not an approved member of the network.',
        fix('membership', s.owner.membership === null || rejected ? 'clinic_admin' : 'network_operator', onOwner),
      );
    } else {
      add(
        'N2',
        'N2',
        'ok',
        'Behandleren er godkjent medlem av nettverket.',
        'The practitioner is an approved member of the network.',
        fix('membership', 'network_operator', onOwner),
      );
    }
  }

  // N3: a valid, approved agreement with at least one insurer.
  const validAgreementInsurers = new Set(
    s.agreements
      .filter((a) => a.status === 'approved' && a.validFrom <= s.today && (a.validTo === null || s.today <= a.validTo))
      .map((a) => a.insurerId),
  );
  const insurerName = (id: string) => s.insurers.find((i) => i.id === id)?.name ?? id;
  if (validAgreementInsurers.size > 0) {
    const names = [...validAgreementInsurers].map(insurerName).sort().join(', ');
    add(
      'N3',
      'N3',
      'ok',
      `Gyldig avtale med ${names}.`,
      `Valid agreement with ${names}.`,
      fix('agreements', 'network_operator', onOwner),
    );
  } else {
    const pending = s.agreements.some((a) => a.status === 'pending');
    add(
      'N3',
      'N3',
      'fail',
      pending
        ? 'Avtalen med forsikringsselskapet venter på godkjenning hos nettverket.'
        : 'Klinikken har ingen gyldig avtale med et forsikringsselskap. Inngå en samarbeidsavtale gjennom nettverket.',
      pending ? 'The agreement awaits approval by the network.' : 'The clinic has no valid agreement with an insurer.',
      fix('agreements', 'network_operator', onOwner),
    );
  }

  // N4: psychologists only for insurers that offer online booking for psychologists.
  const isPsychologist = s.owner ? PROFESSION_INFO[s.owner.profession].psychologist : false;
  const psychInsurers = s.insurers.filter((i) => i.offersPsychologistBooking);
  if (!s.owner) {
    add(
      'N4',
      'N4',
      'na',
      'Vurderes når timeboken har en behandler som eier.',
      'Judged once the book has a practitioner owner.',
      fix('book', 'clinic_admin', onBook),
    );
  } else if (!isPsychologist) {
    add(
      'N4',
      'N4',
      'ok',
      'Gjelder bare psykologer.',
      'Applies to psychologists only.',
      fix('practitioner', 'clinic_admin', onOwner),
    );
  } else if (validAgreementInsurers.size === 0) {
    add(
      'N4',
      'N4',
      'na',
      'Psykologer kan bare bookes av selskap som tilbyr det; krever først en gyldig avtale.',
      'Psychologists are bookable only by insurers that offer it; needs a valid agreement first.',
      fix('agreements', 'network_operator', onOwner),
    );
  } else if (psychInsurers.some((i) => validAgreementInsurers.has(i.id))) {
    add(
      'N4',
      'N4',
      'ok',
      `Psykologtimer kan bookes av ${psychInsurers
        .filter((i) => validAgreementInsurers.has(i.id))
        .map((i) => i.name)
        .join(', ')}.`,
      'Psychologist appointments can be booked by an insurer that offers it.',
      fix('agreements', 'network_operator', onOwner),
    );
  } else {
    const offering = psychInsurers.map((i) => i.name).join(', ') || 'ingen selskap ennå';
    add(
      'N4',
      'N4',
      'fail',
      `Psykologer kan bare bookes av selskap som tilbyr online booking for psykologer (${offering}). Inngå avtale med et av dem.`,
      'Psychologists are bookable only by insurers that offer online booking for psychologists. Make an agreement with one of them.',
      fix('agreements', 'network_operator', onOwner),
    );
  }

  // N5: the integration is switched on for the clinic.
  add(
    'N5',
    'N5',
    s.clinic.integrationActive ? 'ok' : 'fail',
    s.clinic.integrationActive
      ? 'Integrasjonen er aktivert for klinikken.'
      : 'Integrasjonen er ikke aktivert. Be nettverket eller support om å aktivere den for klinikken.',
    s.clinic.integrationActive
      ? 'The integration is active for the clinic.'
      : 'The integration is not active. Ask the network or support to activate it.',
    fix('clinic', 'network_operator'),
  );

  // B3 / B4: online booking, for "All patients".
  add(
    'B3',
    'B3',
    s.book.onlineBooking ? 'ok' : 'fail',
    s.book.onlineBooking
      ? 'Timeboken er åpen for online booking.'
      : 'Timeboken er ikke tilgjengelig for online booking. Slå på online booking på timeboken.',
    s.book.onlineBooking
      ? 'The book is open for online booking.'
      : 'The book is not open for online booking. Switch it on.',
    fix('book', 'clinic_admin', onBook),
  );
  const allPatients = s.book.patientLists.includes('all_patients');
  add(
    'B4',
    'B4',
    allPatients ? 'ok' : 'fail',
    allPatients
      ? '«Alle pasienter» kan bestille. Merk: de samme timene kan da også bestilles i klinikkens egen pasientapp og pasientportal.'
      : 'Velg «Alle pasienter» for online booking på timeboken. Andre pasientlister støttes ikke gjennom nettverket.',
    allPatients
      ? '"All patients" may book; the same times are then bookable in the clinic\'s own patient app and portal too.'
      : 'Choose "All patients" for online booking on the book.',
    fix('book', 'clinic_admin', onBook),
  );

  // T2: the type is online, has a rule for this book for "All patients" with an insurance tariff.
  add(
    'T2',
    'T2.online',
    s.type.bookableOnline ? 'ok' : 'fail',
    s.type.bookableOnline
      ? 'Timetypen kan bestilles online.'
      : 'Timetypen er ikke tilgjengelig for online booking. Slå på online booking på timetypen.',
    s.type.bookableOnline ? 'The type is bookable online.' : 'The type is not bookable online. Switch it on.',
    fix('type', 'clinic_admin', onType),
  );
  const insuranceTariffs = (s.rule?.tariffs ?? []).filter(
    (t) =>
      t.kind === 'insurance' &&
      isInsuranceTariffCode(t.code) &&
      (!s.owner || t.professions.length === 0 || t.professions.includes(s.owner.profession)),
  );
  if (!s.rule) {
    add(
      'T2',
      'T2.rule',
      'fail',
      `Timetypen har ingen regel for timeboken «${s.book.name}». Legg til en regel under fanen Regler.`,
      `The type has no rule for the book "${s.book.name}". Add one under Rules.`,
      fix('rule', 'clinic_admin', onType),
    );
  } else {
    add(
      'T2',
      'T2.rule',
      'ok',
      `Timetypen har en regel for timeboken «${s.book.name}».`,
      `The type has a rule for the book "${s.book.name}".`,
      fix('rule', 'clinic_admin', onType),
    );
    add(
      'T2',
      'T2.allPatients',
      s.rule.patientList === 'all_patients' ? 'ok' : 'fail',
      s.rule.patientList === 'all_patients'
        ? 'Regelen lar alle pasienter bestille timetypen.'
        : 'Regelen må la «Alle pasienter» bestille timetypen.',
      s.rule.patientList === 'all_patients'
        ? 'The rule lets all patients book the type.'
        : 'The rule must let "All patients" book the type.',
      fix('rule', 'clinic_admin', onType),
    );
    add(
      'T2',
      'T2.tariff',
      insuranceTariffs.length > 0 ? 'ok' : 'fail',
      insuranceTariffs.length > 0
        ? `Forsikringstakst: ${insuranceTariffs.map((t) => `${t.code} ${t.name}`).join(', ')}.`
        : missingTariffText(s, 'nb'),
      insuranceTariffs.length > 0
        ? `Insurance tariff: ${insuranceTariffs.map((t) => t.code).join(', ')}.`
        : missingTariffText(s, 'en'),
      fix('rule', 'clinic_admin', onType),
    );
  }

  // T5 / D2: where the type is offered, and whether the network knows those addresses.
  const typeDepartments = s.type.departmentId
    ? s.departments.filter((d) => d.id === s.type.departmentId)
    : s.departments;
  const single = s.departments.length <= 1;
  const usable = typeDepartments.filter(
    (d) => single || (s.clinic.severalDepartmentsNotified && d.registeredWithNetwork),
  );
  const addresses: ReadinessAddress[] = usable.map((d) => ({
    departmentId: d.id,
    name: d.name,
    street: d.street,
    postcode: d.postcode,
    city: d.city,
  }));
  if (typeDepartments.length === 0) {
    add(
      'T5',
      'T5',
      'fail',
      'Klinikken har ingen besøksadresse. Legg inn adressen som kontaktkort.',
      'The clinic has no visiting address. Add it as a contact card.',
      fix('departments', 'clinic_admin'),
    );
  } else {
    const where = s.type.departmentId
      ? `Tilbys på ${typeDepartments[0]!.name}, ${typeDepartments[0]!.street}.`
      : 'Uten adresse på timetypen tilbys den på alle avdelinger.';
    add(
      'T5',
      'T5',
      'ok',
      where,
      s.type.departmentId
        ? `Offered at ${typeDepartments[0]!.name}.`
        : 'Without an address the type is offered at every department.',
      fix('type', 'clinic_admin', onType),
    );
  }
  if (typeDepartments.length === 0) {
    add(
      'D2',
      'D2',
      'na',
      'Vurderes når klinikken har en besøksadresse.',
      'Judged once the clinic has a visiting address.',
      fix('departments', 'clinic_admin'),
    );
  } else if (single) {
    add(
      'D2',
      'D2',
      'ok',
      'Klinikken har én adresse; ingen registrering av avdelinger trengs.',
      'One address; no department registration needed.',
      fix('departments', 'support'),
    );
  } else if (!s.clinic.severalDepartmentsNotified) {
    add(
      'D2',
      'D2',
      'fail',
      'Klinikken har flere avdelinger, men har ikke meldt det til nettverket. Meld inn at klinikken har flere avdelinger.',
      'The clinic has several departments but has not told the network. Notify it.',
      fix('clinic', 'clinic_admin'),
    );
  } else if (usable.length === 0) {
    const names = typeDepartments.map((d) => d.name).join(', ');
    add(
      'D2',
      'D2',
      'fail',
      `Adressen (${names}) er ikke registrert hos nettverket ennå. Kontakt support for å registrere den.`,
      `The address (${names}) is not registered with the network yet. Contact support.`,
      fix('departments', 'support'),
    );
  } else {
    const missing = typeDepartments.filter((d) => !usable.includes(d)).map((d) => d.name);
    add(
      'D2',
      'D2',
      'ok',
      missing.length
        ? `Registrert: ${usable.map((d) => d.name).join(', ')}. Ikke registrert ennå: ${missing.join(', ')}.`
        : 'Adressene er registrert hos nettverket.',
      'The addresses are registered with the network.',
      fix('departments', 'support'),
    );
  }

  // S1: a template used by the work plan in the coming weeks places the type.
  const comingWeeks = comingWeeksOf(s.today);
  const templatesWithType = new Set(
    s.schedule.templates.filter((t) => t.windows.some((w) => w.typeIds.includes(s.type.id))).map((t) => t.id),
  );
  const usedWeeks = s.schedule.weeks.filter(
    (w) => comingWeeks.has(`${w.isoYear}-${w.isoWeek}`) && templatesWithType.has(w.templateId),
  );
  if (usedWeeks.length > 0) {
    add(
      'S1',
      'S1',
      'ok',
      `Timetypen ligger i ukemalen for ${usedWeeks.length} av de neste ${SCHEDULE_HORIZON_WEEKS} ukene.`,
      `The type is in the template for ${usedWeeks.length} of the next ${SCHEDULE_HORIZON_WEEKS} weeks.`,
      fix('schedule', 'clinic_admin', onBook),
    );
  } else {
    add(
      'S1',
      'S1',
      'fail',
      templatesWithType.size === 0
        ? 'Timetypen ligger ikke i noen ukemal. Legg den inn i et tidsvindu i ukemalen.'
        : `Arbeidsplanen bruker ingen ukemal med timetypen de neste ${SCHEDULE_HORIZON_WEEKS} ukene. Sett ukemalen på ukene i arbeidsplanen.`,
      templatesWithType.size === 0
        ? 'The type is in no week template.'
        : 'The work plan uses no template with the type in the coming weeks.',
      fix('schedule', 'clinic_admin', onBook),
    );
  }

  return finish(
    s,
    checks,
    insuranceTariffs.map((t) => ({ id: t.id, code: t.code, name: t.name })),
    addresses,
    validAgreementInsurers,
    isPsychologist,
  );
}

function finish(
  s: ReadinessSubject,
  checks: Check[],
  insuranceTariffs: ReadinessResult['insuranceTariffs'],
  addresses: ReadinessAddress[],
  validAgreementInsurers: Set<string>,
  isPsychologist: boolean,
): ReadinessResult {
  const globalFailures = checks.filter((c) => c.status === 'fail' && c.rule !== 'N3' && c.rule !== 'N4');
  const insurers: InsurerReadiness[] = s.insurers.map((i) => {
    const reasons: InsurerReadiness['reasons'] = [];
    if (!validAgreementInsurers.has(i.id)) reasons.push(noValidAgreement(s, i));
    if (isPsychologist && !i.offersPsychologistBooking) {
      reasons.push({
        rule: 'N4',
        key: 'N4',
        message: `${i.name} tilbyr ikke online booking for psykologer.`,
        messageEn: `${i.name} does not offer online booking for psychologists.`,
      });
    }
    for (const c of globalFailures)
      reasons.push({ rule: c.rule, key: c.key, message: c.message, messageEn: c.messageEn });
    return { insurerId: i.id, insurerName: i.name, bookable: reasons.length === 0, reasons };
  });
  return {
    clinicId: s.clinic.id,
    bookId: s.book.id,
    typeId: s.type.id,
    checks,
    insurers,
    insuranceTariffs,
    addresses,
    bookable: insurers.some((i) => i.bookable),
  };
}

const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/**
 * N3 for one insurer, saying when an approved agreement starts or when the last one ended: an agent told "from
 * 01.02.2027" knows when to try again, a clinic told "until 31.01.2027" knows what to renew.
 */
function noValidAgreement(s: ReadinessSubject, i: { id: string; name: string }): InsurerReadiness['reasons'][number] {
  const approved = s.agreements.filter((a) => a.insurerId === i.id && a.status === 'approved');
  const next = approved
    .filter((a) => a.validFrom > s.today)
    .map((a) => a.validFrom)
    .sort()[0];
  if (next) {
    return {
      rule: 'N3',
      key: 'N3',
      message: `Avtalen mellom ${i.name} og klinikken gjelder fra ${dmy(next)}.`,
      messageEn: `The agreement between ${i.name} and the clinic applies from ${dmy(next)}.`,
    };
  }
  const ended = approved
    .filter((a) => a.validTo !== null && a.validTo < s.today)
    .map((a) => a.validTo!)
    .sort()
    .pop();
  if (ended) {
    return {
      rule: 'N3',
      key: 'N3',
      message: `Avtalen mellom ${i.name} og klinikken gjaldt til og med ${dmy(ended)}.`,
      messageEn: `The agreement between ${i.name} and the clinic applied until ${dmy(ended)}.`,
    };
  }
  return {
    rule: 'N3',
    key: 'N3',
    message: `Ingen gyldig avtale mellom ${i.name} og klinikken.`,
    messageEn: `No valid agreement between ${i.name} and the clinic.`,
  };
}
