/**
 * Tariff codes as the tariff list writes them, without stray spaces: case is kept, since Helfo's codes are mixed
 * case (A3a, A3b) and are shown and invoiced as written. Comparisons ignore case ("b1010" is B1010).
 */
export function normaliseTariffCode(code: string): string {
  return code.replace(/\s/g, '');
}

export function sameTariffCode(a: string, b: string): boolean {
  return normaliseTariffCode(a).toUpperCase() === normaliseTariffCode(b).toUpperCase();
}

/** The key a claim counts a tariff under: B-codes are upper case, whatever a caller typed. */
export function claimTariffKey(code: string): string {
  return normaliseTariffCode(code).toUpperCase();
}
