// Bokmål texts of «Flytt timen»: moving one of the agent's bookings to another free time of the same type and tariff.
// Shaped like booking.nb.ts; the refusals are one sentence per server code (packages/domain/src/errors.ts).
export const moveNb = {
  'move.heading': 'Flytt timen',
  'move.back': 'Tilbake til mine bookinger',
  'move.loading': 'Henter bookingen …',
  'move.badLink': 'Lenken peker ikke på en av bookingene dine. Åpne timen fra Mine bookinger.',
  'move.notFound': 'Fant ikke bookingen på denne datoen. Den kan være flyttet eller avbestilt – se Mine bookinger.',

  'move.current.heading': 'Nåværende time',
  'move.fact.when': 'Tidspunkt',
  'move.fact.type': 'Timetype',
  'move.fact.deadline': 'Kan endres til og med',
  'move.fact.newTime': 'Ny tid',
  'move.fact.oldTime': 'Tidligere tid',
  'move.caseId.none': 'Ingen SakID',

  'move.closed': 'Kan ikke endres etter {at}. Kontakt klinikken hvis timen må flyttes.',
  'move.offline': 'Timen kan ikke endres på nett. Kontakt klinikken hvis den må flyttes.',
  'move.over': 'Timen er avbestilt, avsluttet eller har allerede begynt, og kan ikke flyttes.',
  'move.cannotMove': 'Timen mangler behandler, timetype eller takst og kan ikke flyttes på nett. Kontakt klinikken.',

  'move.pick.heading': 'Velg ny tid',
  'move.pick.intro': 'Ledige tider hos {name} for {tariff} – {type}. Bare tider med samme timetype og takst vises.',
  'move.keys': 'Piltastene venstre og høyre bytter uke; opp og ned går mellom tidene.',
  'move.loadingTimes': 'Henter ledige tider …',
  'move.empty': 'Ingen ledige tider med samme timetype og takst denne uken. Prøv en annen uke.',
  'move.count': '{count, plural, one {# ledig tid} other {# ledige tider}}',
  'move.currentTime': 'Timen nå',
  'move.currentWeek': 'Uken med timen',
  'move.pick.time': 'Flytt til {time} {weekday} {date}',

  'move.question.heading': 'Bekreft flyttingen',
  'move.question': 'Flytt timen fra {from} til {to}?',
  'move.question.note': 'Pasienten får beskjed. SakID og forsikringskravet følger med timen.',
  'move.yes': 'Ja, flytt timen',
  'move.no': 'Velg en annen tid',
  'move.pending': 'Flytter timen …',

  'move.done.heading': 'Timen er flyttet',
  'move.done.body': 'Timen er flyttet fra {from} til {to}. Pasienten får beskjed.',
  'move.done.caseId': 'SakID {caseId} følger med timen, med det samme forsikringskravet.',
  'move.done.noCaseId': 'Timen har ingen SakID; pasienten betaler selv som før.',
  'move.done.mine': 'Se mine bookinger',

  'move.refused.heading': 'Timen ble ikke flyttet',
  'move.refused.SLOT_TAKEN':
    'Den nye tiden ble nettopp tatt av noen andre. Timen står der den stod – velg en annen tid.',
  'move.refused.NOT_BOOKABLE':
    'Den nye tiden kan ikke bestilles for forsikringsselskapet ditt. Timen står der den stod – velg en annen tid.',
  'move.refused.TOO_SOON':
    'Den nye tiden er for nær i tid til å bestilles på nett. Timen står der den stod – velg en senere tid.',
  'move.refused.OUTSIDE_HORIZON':
    'Den nye tiden ligger for langt fram i tid. Timen står der den stod – velg en tidligere tid.',
  'move.refused.VALIDATION': 'Den valgte tiden ble ikke godtatt. Timen står der den stod – velg en annen tid.',
  'move.refused.BAD_INPUT': 'Den valgte tiden ble ikke godtatt. Timen står der den stod – velg en annen tid.',
  'move.refused.CANCELLATION_DEADLINE_PASSED':
    'Fristen for å endre timen på nett er passert, så timen står der den stod. Kontakt klinikken.',
  'move.refused.APPOINTMENT_NOT_ACTIVE': 'Timen er avbestilt eller avsluttet og kan ikke flyttes.',
  'move.refused.NOT_FOUND': 'Fant ikke timen blant bookingene dine.',
  'move.refused.IDEMPOTENCY_KEY_REUSED':
    'Flyttingen kan allerede være registrert. Sjekk Mine bookinger før du prøver på nytt.',
  'move.refused.NETWORK': 'Fikk ikke svar fra serveren. Det er trygt å prøve igjen – timen flyttes bare én gang.',
  'move.refused.INTERNAL': 'Noe gikk galt hos oss. Det er trygt å prøve igjen – timen flyttes bare én gang.',
  'move.refused.UNAVAILABLE':
    'Tjenesten er midlertidig utilgjengelig. Prøv igjen om noen sekunder – timen flyttes bare én gang.',
  'move.refused.other': 'Timen ble ikke flyttet.',
  'move.step.retry': 'Prøv igjen',
  'move.step.retrying': 'Prøver igjen …',
  'move.step.pickAnother': 'Velg en annen tid',
  'move.step.mine': 'Tilbake til mine bookinger',
} as const;
