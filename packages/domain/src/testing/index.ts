// Test support for the packages that use the domain: the input-schema walker and the worded refusals.
export { walkSchema, type PossibleIssue, type SchemaWalk } from './schema-walk.js';
export { wordedIssues, wordedIssuesAt } from './worded.js';
