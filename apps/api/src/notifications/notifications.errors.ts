import { AppError } from '../common/errors/app-error';

export const notificationErrors = {
  // Another person's notification answers as if it did not exist.
  notFound: () => new AppError('NOT_FOUND', 'Notification not found'),
};
