/**
 * Norwegian bank account numbers (11 digits, mod-11 check digit with weights 5,4,3,2,7,6,5,4,3,2; a remainder that
 * gives 10 is never issued) and their IBAN form (NO + two check digits + the 11 digits, ISO 13616 mod-97).
 */
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Digits only for an account number, upper case without spaces for an IBAN. */
export function normaliseBankAccount(value: string): string {
  return value.replace(/[\s.]/g, '').toUpperCase();
}

export function isValidNorwegianAccountNumber(value: string): boolean {
  const digits = normaliseBankAccount(value);
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(digits[10]);
}

/** A Norwegian IBAN: the mod-97 check over the rearranged number, and a valid account number inside. */
export function isValidNorwegianIban(value: string): boolean {
  const iban = normaliseBankAccount(value);
  if (!/^NO\d{13}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of rearranged) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1 && isValidNorwegianAccountNumber(iban.slice(4));
}

export function isValidBankAccount(value: string): boolean {
  return isValidNorwegianAccountNumber(value) || isValidNorwegianIban(value);
}
