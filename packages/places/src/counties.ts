// Norway's counties (fylker) since the county reform of 1 January 2024, keyed by county number. A municipality's
// county is the first two digits of its municipality number, so this short list is all the county data there is.
// The refresh script fails when the register holds a municipality whose county is not listed here: that is the sign
// of a new reform, and this list is then updated by hand from SSB's classification of counties (KLASS 104).

export interface County {
  /** Two digits, e.g. «32». */
  number: string;
  /** The Norwegian name, e.g. «Akershus». */
  name: string;
  /** Official names in Sami and Kven, also accepted in searches. */
  otherNames: readonly string[];
}

export const COUNTIES_VALID_FROM = '2024-01-01';

export const COUNTIES: readonly County[] = [
  { number: '03', name: 'Oslo', otherNames: [] },
  { number: '11', name: 'Rogaland', otherNames: [] },
  { number: '15', name: 'Møre og Romsdal', otherNames: [] },
  { number: '18', name: 'Nordland', otherNames: [] },
  { number: '31', name: 'Østfold', otherNames: [] },
  { number: '32', name: 'Akershus', otherNames: [] },
  { number: '33', name: 'Buskerud', otherNames: [] },
  { number: '34', name: 'Innlandet', otherNames: [] },
  { number: '39', name: 'Vestfold', otherNames: [] },
  { number: '40', name: 'Telemark', otherNames: [] },
  { number: '42', name: 'Agder', otherNames: [] },
  { number: '46', name: 'Vestland', otherNames: [] },
  { number: '50', name: 'Trøndelag', otherNames: ['Trööndelage'] },
  { number: '55', name: 'Troms', otherNames: ['Romsa', 'Tromssa'] },
  { number: '56', name: 'Finnmark', otherNames: ['Finnmárku', 'Finmarkku'] },
];

const BY_NUMBER = new Map(COUNTIES.map((c) => [c.number, c]));

/** The county a municipality number belongs to; null for Svalbard and Jan Mayen, which belong to no county. */
export function countyOfMunicipalityNumber(municipalityNumber: string): County | null {
  return BY_NUMBER.get(municipalityNumber.slice(0, 2)) ?? null;
}

export function countyByNumber(countyNumber: string): County | null {
  return BY_NUMBER.get(countyNumber) ?? null;
}
