import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidBusinessId } from '@keino/contracts';

// The check itself lives in contracts, so that the web app validates exactly what the API accepts.
export { isValidBusinessId, withCheckDigit } from '@keino/contracts';

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
