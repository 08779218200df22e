// Reads across modules (read-only): organizations (name, kind, region) for every case shown, users (full_name,
// organization_id) for authors, commenters and the caller's own organisation in the same statement.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseSummary } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { sql } from '../common/database/sql';
import type { ListCasesQuery } from './dto/list-cases.query';

// The text-search configuration of each case's language: its snippet is cut and marked in that language.
const CONFIG_OF = `(CASE pc.language WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' ELSE 'finnish' END)::regconfig`;
// Every case is indexed in every configuration (migration 1765900000000), so a search asks them all.
const EXACT_OF = (param: string) =>
  `(websearch_to_tsquery('finnish', ${param}) || websearch_to_tsquery('swedish', ${param}) ||
    websearch_to_tsquery('english', ${param}) || websearch_to_tsquery('simple', ${param}))`;
// Finnish inflects a word's stem too (hankinta, hankinnat, hankintojen: the stemmer gives hankin and hankinto), and
// builds compounds (ilmastokriteerit): each word also matches by a prefix of its stem, two letters shorter (at
// least five), all words required. Not for phrases, exclusions or OR, whose meaning a prefix would change.
const PREFIX_OF = (param: string) =>
  `(SELECT to_tsquery('simple', string_agg(quote_literal(left(w, greatest(5, length(w) - 2))) || ':*', ' & '))
      FROM unnest(tsvector_to_array(to_tsvector('finnish', ${param}))) AS w
     WHERE length(w) >= 3)`;
/** A search that a prefix would not change the meaning of: words only. */
export const isPlainSearch = (search: string): boolean => !/["-]|\bor\b/i.test(search);
// The snippet is HTML with <mark> around matches: the text is escaped before the marks go in.
const ESCAPED_SUMMARY = `replace(replace(replace(pc.summary, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/*
 * The summary around the first match, cut at words, with "…" where it was cut, so that it never reads as if the
 * summary began or ended there. No snippet when the summary itself does not match (a match in the title, the
 * criteria or a theme): the card then shows the summary from its start.
 */
const SNIPPET_OF = (tsq: string) => `(
  SELECT CASE WHEN h.text LIKE '%<mark>%' THEN
      CASE WHEN left(regexp_replace(h.text, '</?mark>', '', 'g'), 12) = left(${ESCAPED_SUMMARY}, 12) THEN '' ELSE '… ' END
      || h.text ||
      CASE WHEN right(regexp_replace(h.text, '</?mark>', '', 'g'), 12) = right(${ESCAPED_SUMMARY}, 12) THEN '' ELSE ' …' END
    END
    FROM (SELECT ts_headline(${CONFIG_OF}, ${ESCAPED_SUMMARY}, ${tsq},
      'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, HighlightAll=false') AS text) AS h)`;

const SUMMARY_SELECT = `
  pc.id, pc.title, pc.summary, pc.language, pc.status, pc.themes, pc.procedure, pc.organization_id,
  o.name AS organization_name, o.kind AS organization_kind, o.region, pc.published_at, pc.updated_at,
  (SELECT count(*)::int FROM case_comments cc WHERE cc.case_id = pc.id) AS comments`;

export interface CaseSummaryRow {
  id: string;
  title: string;
  summary: string;
  language: CaseSummary['language'];
  status: CaseSummary['status'];
  themes: CaseSummary['themes'];
  procedure: CaseSummary['procedure'];
  organization_id: string;
  organization_name: string;
  organization_kind: CaseSummary['organizationKind'];
  region: CaseSummary['region'];
  published_at: Date | null;
  updated_at: Date;
  comments: number;
  snippet?: string | null;
}

export interface CaseListRow extends CaseSummaryRow {
  total: string;
}

export interface CaseDetailRow extends CaseSummaryRow {
  purchased: string;
  sustainability_criteria: string;
  innovation_criteria: string;
  results: string;
  cpv_code: string | null;
  contact_name: string;
  contact_email: string;
  author_name: string | null;
  /** The case belongs to the caller's organisation (null when the caller has none). */
  own: boolean | null;
}

export interface CaseCommentRow {
  id: string;
  case_id: string;
  author_name: string;
  body: string;
  created_at: Date;
}

interface CreatedRow {
  id: string;
}

/** A column of procurement_cases and its value; the columns come from the service's fixed list only. */
export type CaseColumn = [column: string, value: unknown];

/** What a page of the library asks for; `ownOrganizationId` narrows drafts to the caller's organisation. */
export interface CaseListFilter extends Pick<ListCasesQuery, 'theme' | 'region' | 'kind'> {
  drafts: boolean;
  /** undefined: every organisation's drafts (admins). */
  ownOrganizationId?: string | null;
  search?: string;
  limit: number;
  offset: number;
}

/** A case with its history as demo data seeds it; `publishedAt` null for a draft. */
export interface ImportedCase {
  organizationId: string;
  authorId: string | null;
  status: 'draft' | 'published';
  columns: CaseColumn[];
  publishedAt: Date | null;
  comments: { authorId: string; body: string; createdAt: Date }[];
}

/** The only code that reads and writes procurement_cases and case_comments. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(organizationId: string, authorId: string, columns: CaseColumn[]): Promise<string> {
    const row = await sql.one<CreatedRow>(
      this.db,
      `INSERT INTO procurement_cases (organization_id, author_id, ${columns.map(([c]) => c).join(', ')})
       VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
       RETURNING id`,
      [organizationId, authorId, ...columns.map(([, v]) => v)],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  async update(id: string, columns: CaseColumn[]): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE procurement_cases SET ${columns.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
       WHERE id = $1`,
      [id, ...columns.map(([, v]) => v)],
    );
  }

  async publish(id: string): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE procurement_cases SET status = 'published', published_at = coalesce(published_at, now()), updated_at = now()
       WHERE id = $1`,
      [id],
    );
  }

  /** The case if the caller may read it: published, of the caller's organisation, or `anyDraft` (admins). */
  findReadable(id: string, callerId: string, anyDraft: boolean): Promise<CaseDetailRow | undefined> {
    // The caller's organisation is read in the same statement: one round trip per case page.
    return sql.one<CaseDetailRow>(
      this.db,
      `SELECT ${SUMMARY_SELECT}, pc.purchased, pc.sustainability_criteria, pc.innovation_criteria, pc.results,
              pc.cpv_code, pc.contact_name, pc.contact_email, a.full_name AS author_name,
              pc.organization_id = me.organization_id AS own
         FROM procurement_cases pc
         JOIN organizations o ON o.id = pc.organization_id
         LEFT JOIN users a ON a.id = pc.author_id
         LEFT JOIN users me ON me.id = $2
        WHERE pc.id = $1 AND (pc.status = 'published' OR pc.organization_id = me.organization_id OR $3)`,
      [id, callerId, anyDraft],
    );
  }

  /** One query: filters, full-text match and rank, the snippet and the total. */
  list(filter: CaseListFilter): Promise<CaseListRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = filter.drafts
      ? [
          `pc.status = 'draft'`,
          filter.ownOrganizationId === undefined
            ? 'true'
            : `pc.organization_id = ${param(filter.ownOrganizationId)}`,
        ]
      : [`pc.status = 'published'`];
    if (filter.theme) where.push(`pc.themes @> ARRAY[${param(filter.theme)}]::text[]`);
    if (filter.region) where.push(`o.region = ${param(filter.region)}`);
    if (filter.kind) where.push(`o.kind = ${param(filter.kind)}`);
    let rank = '';
    let snippet = 'NULL';
    if (filter.search) {
      const q = param(filter.search);
      const tsq = isPlainSearch(filter.search)
        ? `(${EXACT_OF(q)} || coalesce(${PREFIX_OF(q)}, ''::tsquery))`
        : EXACT_OF(q);
      where.push(`pc.search @@ ${tsq}`);
      rank = `ts_rank(pc.search, ${tsq}) DESC, `;
      snippet = SNIPPET_OF(tsq);
    }
    return sql.rows<CaseListRow>(
      this.db,
      `SELECT ${SUMMARY_SELECT}, ${snippet} AS snippet, count(*) OVER () AS total
         FROM procurement_cases pc
         JOIN organizations o ON o.id = pc.organization_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${rank}coalesce(pc.published_at, pc.updated_at) DESC, pc.id
        LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    );
  }

  comments(caseId: string): Promise<CaseCommentRow[]> {
    return sql.rows<CaseCommentRow>(
      this.db,
      `SELECT c.id, c.case_id, coalesce(u.full_name, '') AS author_name, c.body, c.created_at
         FROM case_comments c LEFT JOIN users u ON u.id = c.author_id
        WHERE c.case_id = $1 ORDER BY c.created_at, c.id`,
      [caseId],
    );
  }

  async addComment(caseId: string, authorId: string, body: string): Promise<CaseCommentRow> {
    // The new comment with its author's name from the insert itself, not by re-reading the whole thread.
    const row = await sql.one<CaseCommentRow>(
      this.db,
      `WITH added AS (
         INSERT INTO case_comments (case_id, author_id, body) VALUES ($1, $2, $3)
         RETURNING id, case_id, author_id, body, created_at)
       SELECT a.id, a.case_id, coalesce(u.full_name, '') AS author_name, a.body, a.created_at
         FROM added a LEFT JOIN users u ON u.id = a.author_id`,
      [caseId, authorId, body],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }

  /**
   * Seeding contract (demo data): a case as it stands after its history, created and last changed when it was
   * published (now for a draft), with its comments at their times. One transaction; answers the case's id.
   */
  importCase(seed: ImportedCase): Promise<string> {
    return this.db.transaction(async (tx) => {
      const { columns } = seed;
      const row = await sql.one<CreatedRow>(
        tx,
        `INSERT INTO procurement_cases (organization_id, author_id, status, published_at, created_at, updated_at,
           ${columns.map(([c]) => c).join(', ')})
         VALUES ($1, $2, $3, $4, coalesce($4, now()), coalesce($4, now()),
           ${columns.map((_, i) => `$${i + 5}`).join(', ')})
         RETURNING id`,
        [seed.organizationId, seed.authorId, seed.status, seed.publishedAt, ...columns.map(([, v]) => v)],
      );
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      await sql.affected(
        tx,
        `INSERT INTO case_comments (case_id, author_id, body, created_at)
         SELECT $1, x.a, x.b, x.t FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS x(a, b, t)`,
        [
          row.id,
          seed.comments.map((c) => c.authorId),
          seed.comments.map((c) => c.body),
          seed.comments.map((c) => c.createdAt.toISOString()),
        ],
      );
      return row.id;
    });
  }
}
