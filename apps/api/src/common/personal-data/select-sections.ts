import { type Db, sql } from '../database/sql';
import type { PersonalDataSections } from './personal-data-part';

/**
 * Runs a part's export query: one SELECT without FROM whose columns are the part's sections, each built as JSON by
 * PostgreSQL (so dates read exactly as they did when one query built the whole export).
 */
export async function selectSections<S extends Partial<PersonalDataSections>>(
  db: Db,
  text: string,
  params: readonly unknown[],
): Promise<S> {
  const row = await sql.one<S>(db, text, params);
  if (!row) throw new Error('A SELECT without FROM answered no row');
  return row;
}
