// Pure functions, shared so that the browser checks a Y-tunnus exactly as the server does.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

function remainder(body: string): number {
  return WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(body[i]), 0) % 11;
}

/** A Finnish business ID (Y-tunnus) `1234567-8`: the last digit is a weighted modulo-11 checksum. */
export function isValidBusinessId(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{7}-\d$/.test(value)) return false;
  const r = remainder(value);
  if (r === 1) return false;
  return (r === 0 ? 0 : 11 - r) === Number(value[8]);
}

/** The full business ID for a 7-digit body; throws for the bodies that have no valid check digit. */
export function withCheckDigit(body: string): string {
  const r = remainder(body);
  if (!/^\d{7}$/.test(body) || r === 1) throw new Error(`${body} has no valid check digit`);
  return `${body}-${r === 0 ? 0 : 11 - r}`;
}
