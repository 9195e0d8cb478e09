/**
 * The availability engine (S1, S2, T3): work plan + week templates → windows as instants → bookable slots per
 * book × type. Pure TypeScript, no I/O, safe in a browser. Design notes and decisions: ./README.md.
 */
export * from './types.js';
export { expandWorkPlan, planDays, dayWindows } from './expand-work-plan.js';
export type { ExpandWorkPlanOptions, PlanDay, PlanInput, PlanTemplate, WallPiece } from './expand-work-plan.js';
export * from './generate-slots.js';
export * from './restrictions.js';
export * from './explain-no-slots.js';
