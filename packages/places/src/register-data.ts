// The shape of data/postcodes.json, written by `pnpm places:refresh` and read once by the server. One municipality
// and one postcode per line, so a refresh shows as a readable diff.

export interface SourceNote {
  /** The npm package (or file) the data came from, and its version. */
  source: string;
  licence: string;
  /** What was taken from it. */
  took: string;
}

export interface MunicipalityRow {
  /** The municipality number when the sources give one, else the register's name (Svalbard has none). */
  key: string;
  number: string | null;
  name: string;
  /** A representative point (the main place of the municipality), null when no source has one. */
  lat: number | null;
  lon: number | null;
  /** Other spellings to accept in searches: the register's own (upper case, with Sami names), GeoNames'. */
  names: string[];
}

/**
 * `[postcode, poststed, municipality key]` — the point is the municipality's — or `[…, lat, lon, precision]` when a
 * source places this postcode on its own: `l` at its poststed (a locality), `p` at the postcode itself.
 */
export type PostcodeRow = [string, string, string] | [string, string, string, number, number, 'l' | 'p'];

export interface RegisterData {
  about: {
    /** The date of the postcode register the data was built from, as its source states it. */
    registerDate: string | null;
    sources: SourceNote[];
  };
  municipalities: MunicipalityRow[];
  postcodes: PostcodeRow[];
}
