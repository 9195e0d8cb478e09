// Bokmål texts of the clinic's patient list: the search and a card the clinic makes itself.
export const patientListNb = {
  'patientList.query': 'Navn, telefon eller fødselsnummer',
  'patientList.query.hint': 'Minst 2 tegn. Et helt fødselsnummer åpner pasientkortet med en gang.',
  'patientList.searching': 'Søker i pasientlisten …',
  'patientList.empty': 'Ingen pasienter i klinikkens pasientliste passer søket.',
  'patientList.hits': '{count, plural, one {# pasient} other {# pasienter}} passer søket',
  'patientList.limit': 'Viser de {limit} første. Skriv mer av navnet eller nummeret for å finne færre.',
  'patientList.col.name': 'Navn',
  'patientList.open': 'Åpne pasientkortet til {name}',
  'patientList.new': 'Ny pasient',
  'patientList.create': 'Opprett pasient',
  'patientList.created': 'Pasientkortet for {name} er opprettet.',
  'patientList.name': 'Pasientens navn',
  'patientList.phone': 'Telefon (valgfritt)',
  'patientList.email': 'E-post (valgfritt)',
  'patientList.nationalId.hint':
    'Fødselsnummer, D-nummer eller H-nummer, 11 siffer. Fødselsdatoen hentes fra nummeret.',
  'patientList.openExisting': 'Åpne pasientkortet klinikken allerede har',
} as const;
