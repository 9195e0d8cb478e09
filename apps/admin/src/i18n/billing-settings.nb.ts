// Bokmål texts of what billing and the EHF need set up: the clinic's seller details, the insurer's buyer details, the
// B-tariff price per agreement and the network operator's register of insurer cases.
export const billingSettingsNb = {
  'clinic.tab.sellerDetails': 'Fakturaopplysninger',
  'seller.heading': 'Fakturaopplysninger',
  'seller.intro':
    'Klinikken som selger på EHF-fakturaene til forsikringsselskapene: registrert navn, postadresse, kontonummer og registreringer.',
  'seller.loading': 'Laster fakturaopplysninger …',
  'seller.save': 'Lagre fakturaopplysninger',
  'seller.saved': 'Fakturaopplysningene er lagret.',
  'seller.complete': 'Klinikken har det en EHF-faktura trenger.',
  'seller.missing': 'Dette mangler før klinikken kan sende EHF-faktura:',
  'seller.notGiven': 'Ikke oppgitt',
  'seller.orgNumber': 'Organisasjonsnummer',
  'seller.orgNumber.hint': '(endres av nettverket)',
  'seller.legalName': 'Registrert navn',
  'seller.legalName.hint': 'Navnet i Enhetsregisteret, hvis det er et annet enn klinikkens navn.',
  'seller.address': 'Postadresse',
  'seller.street': 'Gateadresse',
  'seller.postcode': 'Postnummer',
  'seller.city': 'Poststed',
  'seller.bankAccount': 'Kontonummer',
  'seller.bankAccount.hint': '11 siffer (f.eks. 1503 27 60318) eller IBAN.',
  'seller.inBusinessRegister': 'Registrert i Foretaksregisteret',
  'seller.inBusinessRegister.hint':
    'Aksjeselskap og NUF er alltid registrert. Fakturaen skriver da «Foretaksregisteret».',
  'seller.vatRegistered': 'Registrert i Merverdiavgiftsregisteret',
  'seller.vatRegistered.hint': 'Behandlingene er unntatt merverdiavgift; fakturaen oppgir da klinikkens MVA-nummer.',
  'seller.charges': 'Avbestilling og uteblivelse',
  'seller.chargesCancellation': 'Tar betalt for sen avbestilling',
  'seller.chargesNoShow': 'Tar betalt når pasienten ikke møter',
} as const;
