// Zod's own messages, for every schema in the product, are our issue codes (`required`, `too_long` …), never zod's
// sentences: a schema that gives no code of its own still refuses with one a client can word (input-issues.ts).
import { z } from 'zod';
import { genericIssueCode } from './input-issues.js';

z.config({ customError: (iss) => genericIssueCode(iss) });
