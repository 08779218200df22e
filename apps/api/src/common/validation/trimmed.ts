import { Transform } from 'class-transformer';

/**
 * Trims a string before the field's other checks run, so `"   "` fails `MinLength` instead of being stored as an
 * empty name (a service's own trim comes after validation). Anything else passes untouched to `IsString`.
 */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
