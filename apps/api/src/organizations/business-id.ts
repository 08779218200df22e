import { registerDecorator, ValidationOptions } from 'class-validator';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** A Finnish business ID (Y-tunnus) `1234567-8`: the last digit is a weighted modulo-11 checksum. */
export function isValidBusinessId(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{7}-\d$/.test(value)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(value[8]);
}

export function IsBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBusinessId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a valid Y-tunnus such as 0245437-2', ...options },
      validator: { validate: isValidBusinessId },
    });
}

/** The full business ID for a 7-digit body; throws for the bodies that have no valid check digit. */
export function withCheckDigit(body: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(body[i]), 0);
  const remainder = sum % 11;
  if (!/^\d{7}$/.test(body) || remainder === 1) throw new Error(`${body} has no valid check digit`);
  return `${body}-${remainder === 0 ? 0 : 11 - remainder}`;
}
