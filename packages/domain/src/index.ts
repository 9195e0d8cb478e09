export * from './errors.js';
export * from './roles.js';
export * from './auth.js';
export * from './validators/org-number.js';
export * from './professions.js';
