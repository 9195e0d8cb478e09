/**
 * The texts both SPAs read (the shell, sign-in, states, forms), Norwegian Bokmål (the default). Each SPA keeps its own
 * screens' texts in its own catalogue (apps/admin and apps/agent, src/i18n), merged with this one; refusals from the server are worded by
 * the shared sentences in @bn/domain (i18n/refusals.*.ts). `messages.en.ts` must have the same keys; the type makes a
 * missing English text a compile error. `{name}` marks a value, `{n, plural, one {…} other {…}}` a count.
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
  'signIn.forgot': 'Glemt passordet?',
  'signIn.code': 'Kode fra autentiseringsappen',
  'signIn.code.hint':
    'Seks sifre fra appen. Har du ikke telefonen, skriv en av gjenopprettingskodene dine (XXXXX-XXXXX).',
  'signIn.code.submit': 'Bekreft',
  'signIn.code.back': 'Tilbake',
  'signIn.code.heading': 'Totrinnsinnlogging',
  'enrol.heading': 'Sett opp totrinnsinnlogging',
  'enrol.intro':
    'Rollen din gir tilgang til pasientopplysninger. Derfor må du bruke en kode fra en autentiseringsapp (for eksempel Microsoft Authenticator, Google Authenticator eller FreeOTP) i tillegg til passordet.',
  'enrol.step1': '1. Skann QR-koden med appen, eller skriv inn nøkkelen under.',
  'enrol.qrAlt': 'QR-kode for autentiseringsappen',
  'enrol.secret': 'Nøkkel',
  'enrol.step2': '2. Skriv inn de seks sifrene appen viser.',
  'enrol.code': 'Kode fra appen',
  'enrol.submit': 'Slå på totrinnsinnlogging',
  'enrol.preparing': 'Lager nøkkel …',
  'enrol.codesHeading': 'Gjenopprettingskoder',
  'enrol.codesIntro':
    'Totrinnsinnlogging er slått på. Ta vare på disse kodene et trygt sted: hver av dem kan brukes én gang i stedet for koden fra appen, om du mister telefonen. De vises bare nå.',
  'enrol.codesDone': 'Jeg har tatt vare på kodene',
  'enrol.signOut': 'Logg ut',

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
  'form.fixMarked':
    '{count, plural, one {Ett felt må rettes; meldingen står ved feltet.} other {# felt må rettes; meldingene står ved feltene.}}',
  'form.nothingSaved': 'Ingenting er lagret. Rett feltene og prøv igjen.',

  'date.format': 'dd.mm.åååå',
  'date.invalid': 'Skriv en dato som finnes, som dd.mm.åååå, for eksempel 02.12.2026.',
  'date.open': 'Velg dato i kalender',
  'date.dialog': 'Velg dato',
  'date.previousMonth': 'Forrige måned',
  'date.nextMonth': 'Neste måned',
  'date.keys': 'Piltaster flytter en dag eller en uke, PageUp og PageDown en måned, Enter velger, Escape lukker.',
} as const;

export type MessageKey = keyof typeof nb;
