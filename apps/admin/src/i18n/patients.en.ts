// English texts of the clinic's patient list; the keys are exactly those of patients.nb.ts.
import type { patientListNb } from './patients.nb.js';

export const patientListEn: Record<keyof typeof patientListNb, string> = {
  'patientList.query': 'Name, phone or national identity number',
  'patientList.query.hint': 'At least 2 characters. A whole national identity number opens the patient card at once.',
  'patientList.searching': 'Searching the patient list …',
  'patientList.empty': 'No patient in the clinic’s patient list matches the search.',
  'patientList.hits': '{count, plural, one {# patient matches} other {# patients match}} the search',
  'patientList.limit': 'Showing the first {limit}. Type more of the name or number to find fewer.',
  'patientList.col.name': 'Name',
  'patientList.open': 'Open the patient card of {name}',
  'patientList.new': 'New patient',
  'patientList.create': 'Create patient',
  'patientList.created': 'The patient card for {name} has been created.',
  'patientList.name': 'Patient’s name',
  'patientList.phone': 'Phone (optional)',
  'patientList.email': 'E-mail (optional)',
  'patientList.nationalId.hint':
    'National identity number, D-number or H-number, 11 digits. The birth date is taken from the number.',
  'patientList.openExisting': 'Open the patient card the clinic already has',
};
