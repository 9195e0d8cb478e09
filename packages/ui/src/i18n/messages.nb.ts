import { clinicNb } from './messages/clinic.nb.js';
import { scheduleNb } from './messages/schedule.nb.js';
import { readinessNb } from './messages/readiness.nb.js';
import { networkNb } from './messages/network.nb.js';
import { searchNb } from './messages/search.nb.js';

/**
 * Everything a person reads in the two SPAs, Norwegian Bokmål (the default). `messages.en.ts` must have the same
 * keys; the type makes a missing English text a compile error. `{name}` marks a value filled in by `t()`.
 * The configuration screens' texts live in `messages/*.nb.ts`, one file per area, spread in at the end.
 */
export const nb = {
  'app.productName': 'Behandlernettverk',
  'app.admin.name': 'Administrasjon',
  'app.agent.name': 'Forsikring',
  'app.admin.title': 'Behandlernettverk – administrasjon',
  'app.agent.title': 'Behandlernettverk – forsikring',

  'shell.skipToContent': 'Hopp til hovedinnhold',
  'shell.mainNav': 'Hovedmeny',
  'shell.signedInAs': 'Innlogget som',
  'shell.signOut': 'Logg ut',
  'shell.signingOut': 'Logger ut …',
  'shell.signOutFailed': 'Kunne ikke logge ut. Prøv igjen.',
  'language.label': 'Språk',

  'signIn.heading': 'Logg inn',
  'signIn.intro.admin': 'For nettverket, kundestøtte, klinikkadministratorer og behandlere.',
  'signIn.intro.agent': 'For ansatte i forsikringsselskap som bestiller time for pasienter.',
  'signIn.email': 'E-post',
  'signIn.password': 'Passord',
  'signIn.submit': 'Logg inn',
  'signIn.pending': 'Logger inn …',

  'wrongApp.heading': 'Denne appen er ikke for din rolle',
  'wrongApp.signedInAs': 'Du er logget inn som {name} ({role}).',
  'wrongApp.body.admin':
    'Administrasjonsappen er for nettverket, kundestøtte, klinikkadministratorer og behandlere. Som forsikringsagent bruker du forsikringsappen.',
  'wrongApp.body.agent':
    'Forsikringsappen er for ansatte i forsikringsselskap. Med din rolle bruker du administrasjonsappen.',
  'wrongApp.link.admin': 'Gå til forsikringsappen',
  'wrongApp.link.agent': 'Gå til administrasjonsappen',

  'state.loading': 'Laster …',
  'state.errorTitle': 'Noe gikk galt.',
  'state.retry': 'Prøv igjen',
  'state.retrying': 'Prøver igjen …',
  'state.empty': 'Ingenting å vise ennå.',
  'error.network': 'Fikk ikke kontakt med serveren. Sjekk nettverket og prøv igjen.',
  'error.crash': 'Siden kunne ikke vises. Last inn siden på nytt.',
  'error.reload': 'Last inn på nytt',

  'notFound.heading': 'Fant ikke siden',
  'notFound.body': 'Adressen finnes ikke i denne appen. Kanskje lenken er gammel, eller det er en skrivefeil.',
  'notFound.home': 'Til forsiden',
  'forbidden.heading': 'Ingen tilgang',
  'forbidden.body': 'Denne siden er ikke tilgjengelig for rollen {role}.',

  'common.yes': 'Ja',
  'common.no': 'Nei',
  'common.actions': 'Handlinger',

  'form.choose': 'Velg …',
  'form.edit': 'Endre',
  'form.editNamed': 'Endre {name}',
  'form.show': 'Vis',
  'form.showNamed': 'Vis {name}',
  'form.cancel': 'Avbryt',
  'form.saving': 'Lagrer …',
  'form.working': 'Arbeider …',
  'form.saved': '«{name}» er lagret.',
  'form.nothingSaved': 'Ingenting er lagret. Rett feltene og prøv igjen.',

  'admin.nav.clinics': 'Klinikker',
  'admin.nav.myClinic': 'Min klinikk',
  'admin.nav.insurers': 'Forsikringsselskaper',
  'admin.nav.myPage': 'Min side',
  'admin.nav.tariffs': 'Takster',
  'admin.nav.memberships': 'Medlemskap',
  'admin.nav.agreements': 'Avtaler',
  'admin.nav.departmentNotices': 'Meldinger om avdelinger',
  'admin.nav.jobs': 'Faste jobber',
  'admin.nav.departmentsToRegister': 'Avdelinger å registrere',

  'clinics.heading': 'Klinikker',
  'clinics.intro.staff': 'Alle klinikker i nettverket. Velg en klinikk for å se avdelinger og behandlere.',
  'clinics.intro.admin': 'Klinikkene du administrerer.',
  'clinics.loading': 'Laster klinikker …',
  'clinics.empty.staff': 'Ingen klinikker er registrert i nettverket ennå.',
  'clinics.empty.admin': 'Du er ikke knyttet til noen klinikk ennå. Be nettverket om tilgang.',
  'clinics.col.name': 'Klinikk',
  'clinics.col.orgNumber': 'Org.nr.',
  'clinics.col.integration': 'Integrasjon aktiv',
  'clinics.col.departments': 'Avdelinger',
  'clinics.col.practitioners': 'Behandlere',

  'clinic.heading': 'Klinikk',
  'clinic.back': 'Alle klinikker',
  'clinic.loading': 'Laster klinikken …',
  'clinic.orgNumber': 'Organisasjonsnummer',
  'clinic.integration': 'Integrasjon med nettverket',
  'clinic.integration.active': 'Aktiv',
  'clinic.integration.inactive': 'Ikke aktivert',
  'clinic.severalDepartments': 'Har meldt flere avdelinger',
  'clinic.severalDepartments.yes': 'Ja, {date}',
  'clinic.departments': 'Avdelinger',
  'clinic.departments.empty': 'Klinikken har ingen avdelinger registrert.',
  'clinic.practitioners': 'Behandlere',
  'clinic.practitioners.empty': 'Klinikken har ingen behandlere registrert.',
  'clinic.practitioners.col.name': 'Navn',
  'clinic.practitioners.col.profession': 'Yrke',
  'clinic.practitioners.col.hpr': 'HPR-nummer',
  'clinic.hpr.missing': 'Mangler',
  'clinic.hpr.notRequired': 'Ikke påkrevd',

  'insurers.heading': 'Forsikringsselskaper',
  'insurers.intro': 'Forsikringsselskapene som er registrert i nettverket.',
  'insurers.loading': 'Laster forsikringsselskaper …',
  'insurers.empty': 'Ingen forsikringsselskaper er registrert ennå.',
  'insurers.col.name': 'Forsikringsselskap',
  'insurers.col.orgNumber': 'Org.nr.',
  'insurers.col.psychologists': 'Booking hos psykolog',
  'insurers.col.patientApp': 'Pasientapp',

  'myPage.heading': 'Min side',
  'myPage.loading': 'Laster profilen din …',
  'myPage.profession': 'Yrke',
  'myPage.hpr': 'HPR-nummer',
  'myPage.clinic': 'Klinikk',
  'myPage.books': 'Timebøker',
  'myPage.booksLater': 'Timebøkene dine og bestillingene i dem vises her når timebok-funksjonen er på plass.',

  'agent.nav.search': 'Finn behandler',
  'agent.insurer.label': 'Forsikringsselskap',
  'agent.insurer.loading': 'Henter forsikringsselskap …',
  'agent.insurer.error': 'Fant ikke forsikringsselskapet',
  'search.heading': 'Finn behandler',
  'search.intro': 'Her finner du behandlerne som {insurer} har avtale med, og bestiller time på vegne av pasienten.',
  'search.introNoInsurer':
    'Her finner du behandlerne som forsikringsselskapet ditt har avtale med, og bestiller time på vegne av pasienten.',
  'search.later': 'Søket kommer med søkefunksjonen. Til da vises ingen behandlere her.',

  ...clinicNb,
  ...scheduleNb,
  ...readinessNb,
  ...networkNb,
  ...searchNb,
} as const;

export type MessageKey = keyof typeof nb;
