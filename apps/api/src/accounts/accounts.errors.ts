import { AppError } from '../common/errors/app-error';

export const accountErrors = {
  userNotFound: () => new AppError('NOT_FOUND', 'User not found'),
  cannotEraseSelf: () => new AppError('CANNOT_ERASE_SELF', 'Ask another admin to erase you'),
  organizationNotFound: () => new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation'),
  emailTaken: () => new AppError('EMAIL_TAKEN', 'An account with this email exists'),
  // 400, not 401: the caller's session is fine, only the password they typed is wrong.
  wrongPassword: () => new AppError('WRONG_PASSWORD', 'The current password is wrong'),
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'Wrong email or password'),
  invalidRefreshToken: () => new AppError('INVALID_REFRESH_TOKEN', 'Sign in again'),
  sessionNotFound: () => new AppError('NOT_FOUND', 'Session not found'),
};
