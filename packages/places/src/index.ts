// @bn/places: Norway's postcode register and the forgiving matching on it. Pure and without the data, so any
// package may import it; the register itself is loaded from `@bn/places/register`, on the server only.
export { COUNTIES, COUNTIES_VALID_FROM, countyByNumber, countyOfMunicipalityNumber, type County } from './counties.js';
export {
  distanceKm,
  nearbyPostcodes,
  postcodeDistance,
  type NearbyOptions,
  type NearbyPostcode,
  type PostcodeDistance,
} from './distance.js';
export { editDistance, typoBudget } from './edit-distance.js';
export { matchNameInAnyOrder, nameSearchKey, rankByName, type NameMatch } from './match-name.js';
export {
  matchPlace,
  type MatchPlaceOptions,
  type MatchReason,
  type PlaceCandidate,
  type PlaceMatch,
  type PlaceProblem,
} from './match-place.js';
export { fold, foldWords, titleCase } from './normalize.js';
export {
  createPlaceIndex,
  type ExtraPlaceName,
  type PlaceIndex,
  type PlaceKind,
  type PlaceName,
} from './place-index.js';
export {
  createPlaceRegister,
  type GeoPoint,
  type Municipality,
  type PlaceRegister,
  type PointPrecision,
  type Postcode,
} from './place-register.js';
export { postcodeRanges, type PostcodeRange } from './postcode-ranges.js';
export type { MunicipalityRow, PostcodeRow, RegisterData, SourceNote } from './register-data.js';
export {
  listCounties,
  listMunicipalities,
  regionOfPostcode,
  type CountySummary,
  type MunicipalitySummary,
  type Region,
} from './regions.js';
