export { formatMessage, messageArguments, type MessageValue, type MessageValues } from './message-format.js';
export type { MessageArgs, ArgsParam } from './message-args.js';
export {
  createTranslator,
  mergeCatalogues,
  type Catalogue,
  type Catalogues,
  type Translate,
  type Translation,
  type Translator,
} from './translator.js';
export { catalogueProblems, type CatalogueCheckOptions } from './catalogue-checks.js';
export { refusalsNb, type RefusalKey } from './refusals.nb.js';
export { refusalsEn } from './refusals.en.js';
export { refusalTranslator, formatWireValues, wordError, wordIssue, hasSpecificWording } from './refusals.js';
