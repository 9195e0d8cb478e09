// Valid Norwegian organisation numbers for test data, checked by the domain's own validator (the rule lives there).
import { isValidOrgNumber } from '@bn/domain';

// Starts at a random point so numbers from different files (and runs on a shared server) rarely meet.
let next = 80_000_000 + Math.floor(Math.random() * 10_000_000);

/** The next valid, not yet used organisation number: an 8-digit stem plus the check digit the validator accepts. */
export function nextOrgNumber(): string {
  for (;;) {
    const stem = String(next++);
    for (let check = 0; check <= 9; check++) {
      if (isValidOrgNumber(`${stem}${check}`)) return `${stem}${check}`;
    }
    // Remainder 1 gives check digit 10: no organisation number has this stem, so try the next.
  }
}
