import type { z } from 'zod';
import { textSchema } from './text.js';
import { issue } from './input-issues.js';

/**
 * Row ids are text: the application makes UUIDs, and a network configuration document may bring its own readable ids
 * ("clinic-majorstuen"), which an import keeps, so that importing the same document twice changes nothing.
 */
export const idSchema = textSchema.trim().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, issue('id.format'));
export type Id = z.infer<typeof idSchema>;
