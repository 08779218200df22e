import { AppError } from '../common/errors/app-error';

export const certificateErrors = {
  // Also for someone else's code: the PDF does not confirm whose a code is.
  notFound: () => new AppError('NOT_FOUND', 'No certificate has this code'),
};
