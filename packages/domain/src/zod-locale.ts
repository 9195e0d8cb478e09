// Zod's own messages (a number below its minimum, a missing field …) in Norwegian Bokmål, for every schema in the
// product. Our schemas give their own Norwegian messages where they can; this covers the rest.
import { z } from 'zod';

z.config(z.locales.no());
