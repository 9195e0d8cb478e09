// P1, P2 and T4's billing half: claims, billing cards and money. The EHF builder is the separate entry
// `@bn/domain/ehf`, which only the server needs.
export * from './money.js';
export * from './tariff-code.js';
export * from './claims.js';
export * from './cases.js';
export * from './billing-card.js';
export * from './bill-card.js';
export * from './inputs.js';
