import { describe, expect, it } from 'vitest';
import {
  isValidBankAccount,
  isValidNorwegianAccountNumber,
  isValidNorwegianIban,
  normaliseBankAccount,
} from './bank-account.js';

describe('bank account', () => {
  // 8601 11 17947 / NO93 8601 1117 947: the account in OpenPeppol's Norwegian example invoice.
  it('accepts a Norwegian account number and its IBAN, written with spaces or dots', () => {
    expect(isValidNorwegianAccountNumber('8601 11 17947')).toBe(true);
    expect(isValidNorwegianAccountNumber('8601.11.17947')).toBe(true);
    expect(isValidNorwegianIban('NO93 8601 1117 947')).toBe(true);
    expect(isValidBankAccount('no9386011117947')).toBe(true);
    expect(normaliseBankAccount('no93 8601 1117 947')).toBe('NO9386011117947');
  });

  it('refuses a wrong check digit, a wrong IBAN check and the wrong length', () => {
    expect(isValidNorwegianAccountNumber('86011117948')).toBe(false);
    expect(isValidNorwegianIban('NO9486011117947')).toBe(false);
    expect(isValidBankAccount('8601111794')).toBe(false);
    expect(isValidBankAccount('DE89370400440532013000')).toBe(false);
  });
});
