import { SetMetadata } from '@nestjs/common';

import type { ContractSchemaName } from './contract-schemas';

export const API_ANSWER = 'keino:apiAnswer';

/**
 * What an operation answers on success, named by its libs/contracts type:
 * `'CourseDetailResponse'`, a list `['ModuleResponse']`, a page `{ page: 'CourseResponse' }` (ListResponse),
 * a download `{ file: ['text/csv'] }`, `'no content'` (204), or a browser's redirect `{ redirect: 'where to' }` (302).
 */
export type ApiAnswerShape =
  | ContractSchemaName
  | [ContractSchemaName]
  | { page: ContractSchemaName }
  | { file: string[] }
  | { redirect: string }
  | 'no content';

/** The success answer in the OpenAPI document; describe-operations.ts writes it. */
export const ApiAnswer = (shape: ApiAnswerShape) => SetMetadata(API_ANSWER, shape);
