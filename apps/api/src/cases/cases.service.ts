import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CaseCommentResponse,
  CaseInput,
  CaseResponse,
  CaseSummary,
  ListResponse,
} from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { CreateCaseCommentDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

/** API field → column, for the fields people edit. */
const COLUMNS: Record<keyof CaseInput, string> = {
  title: 'title',
  summary: 'summary',
  language: 'language',
  purchased: 'purchased',
  procedure: 'procedure',
  sustainabilityCriteria: 'sustainability_criteria',
  innovationCriteria: 'innovation_criteria',
  results: 'results',
  themes: 'themes',
  cpvCode: 'cpv_code',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
};

/** A case is complete enough to publish when these say what happened. */
const REQUIRED_TO_PUBLISH: (keyof CaseInput)[] = ['title', 'summary', 'purchased', 'results'];

// The text-search configuration of each case's language; a search asks all three, each case answers in its own.
const CONFIG_OF = `(CASE pc.language WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' ELSE 'finnish' END)::regconfig`;
const QUERY_OF = (param: string) =>
  `(websearch_to_tsquery('finnish', ${param}) || websearch_to_tsquery('swedish', ${param}) || websearch_to_tsquery('english', ${param}))`;
// The snippet is HTML with <mark> around matches: the text is escaped before the marks go in.
const ESCAPED_SUMMARY = `replace(replace(replace(pc.summary, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

const SUMMARY_SELECT = `
  pc.id, pc.title, pc.summary, pc.language, pc.status, pc.themes, pc.procedure, pc.organization_id,
  o.name AS organization_name, o.kind AS organization_kind, o.region, pc.published_at, pc.updated_at,
  (SELECT count(*)::int FROM case_comments cc WHERE cc.case_id = pc.id) AS comments`;

interface SummaryRow {
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
  total?: string;
}

interface DetailRow extends SummaryRow {
  purchased: string;
  sustainability_criteria: string;
  innovation_criteria: string;
  results: string;
  cpv_code: string | null;
  contact_name: string;
  contact_email: string;
  author_name: string | null;
}

const toSummary = (r: SummaryRow): CaseSummary => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  language: r.language,
  status: r.status,
  themes: r.themes,
  procedure: r.procedure,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  organizationKind: r.organization_kind,
  region: r.region,
  publishedAt: r.published_at?.toISOString() ?? null,
  updatedAt: r.updated_at.toISOString(),
  snippet: r.snippet ?? null,
  comments: r.comments,
});

/**
 * The procurement case library: people write their organisation's cases as drafts, colleagues finish them, and a
 * published case is read, searched and commented on by everyone signed in. Drafts stay inside the organisation.
 */
@Injectable()
export class CasesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(caller: AuthUser, input: CreateCaseDto): Promise<CaseResponse> {
    if (!input.title) throw new AppError('VALIDATION_FAILED', 'title is required');
    const own = await this.organizationOf(caller.id);
    const organizationId = isAdmin(caller) ? (input.organizationId ?? own) : own;
    if (!organizationId) {
      throw new AppError('NO_ORGANIZATION', 'Cases are written for an organisation; yours is not set');
    }
    if (!isAdmin(caller) && input.organizationId && input.organizationId !== own) {
      throw new AppError('NOT_SAME_ORGANIZATION', 'You write cases of your own organisation');
    }
    const { organizationId: _ignored, ...fields } = input;
    const entries = this.columnsOf({ language: 'fi', ...fields });
    const [row] = (await this.db.query(
      `INSERT INTO procurement_cases (organization_id, author_id, ${entries.map(([c]) => c).join(', ')})
       VALUES ($1, $2, ${entries.map((_, i) => `$${i + 3}`).join(', ')})
       RETURNING id`,
      [organizationId, caller.id, ...entries.map(([, v]) => v)],
    )) as { id: string }[];
    return this.get(caller, row.id);
  }

  async update(caller: AuthUser, id: string, input: UpdateCaseDto): Promise<CaseResponse> {
    await this.editable(caller, id);
    const entries = this.columnsOf(input);
    if (entries.length > 0) {
      await this.db.query(
        `UPDATE procurement_cases SET ${entries.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
         WHERE id = $1`,
        [id, ...entries.map(([, v]) => v)],
      );
    }
    return this.get(caller, id);
  }

  async publish(caller: AuthUser, id: string): Promise<CaseResponse> {
    const current = await this.editable(caller, id);
    const missing = REQUIRED_TO_PUBLISH.filter((field) => !String(current[field] ?? '').trim());
    if (current.themes.length === 0) missing.push('themes');
    if (missing.length > 0) {
      throw new AppError('CASE_INCOMPLETE', `Fill in before publishing: ${missing.join(', ')}`);
    }
    await this.db.query(
      `UPDATE procurement_cases SET status = 'published', published_at = coalesce(published_at, now()), updated_at = now()
       WHERE id = $1`,
      [id],
    );
    return this.get(caller, id);
  }

  async get(caller: AuthUser, id: string): Promise<CaseResponse> {
    // The caller's organisation is read in the same statement: one round trip per case page.
    const [row] = (await this.db.query(
      `SELECT ${SUMMARY_SELECT}, pc.purchased, pc.sustainability_criteria, pc.innovation_criteria, pc.results,
              pc.cpv_code, pc.contact_name, pc.contact_email, a.full_name AS author_name,
              pc.organization_id = me.organization_id AS own
         FROM procurement_cases pc
         JOIN organizations o ON o.id = pc.organization_id
         LEFT JOIN users a ON a.id = pc.author_id
         LEFT JOIN users me ON me.id = $2
        WHERE pc.id = $1 AND (pc.status = 'published' OR pc.organization_id = me.organization_id OR $3)`,
      [id, caller.id, isAdmin(caller)],
    )) as (DetailRow & { own: boolean | null })[];
    // Another organisation's draft answers as if it did not exist.
    if (!row) throw new AppError('NOT_FOUND', 'Case not found');
    return {
      ...toSummary(row),
      purchased: row.purchased,
      sustainabilityCriteria: row.sustainability_criteria,
      innovationCriteria: row.innovation_criteria,
      results: row.results,
      cpvCode: row.cpv_code,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      authorName: row.author_name || null,
      canEdit: isAdmin(caller) || row.own === true,
    };
  }

  /** One query: filters, full-text match and rank, the snippet and the total. */
  async list(caller: AuthUser, query: ListCasesQuery): Promise<ListResponse<CaseSummary>> {
    const own = await this.organizationOf(caller.id);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where =
      query.scope === 'drafts'
        ? [`pc.status = 'draft'`, isAdmin(caller) ? 'true' : `pc.organization_id = ${param(own)}`]
        : [`pc.status = 'published'`];
    if (query.theme) where.push(`pc.themes @> ARRAY[${param(query.theme)}]::text[]`);
    if (query.region) where.push(`o.region = ${param(query.region)}`);
    if (query.kind) where.push(`o.kind = ${param(query.kind)}`);
    const search = query.q?.trim();
    let rank = '';
    let snippet = 'NULL';
    if (search) {
      const tsq = QUERY_OF(param(search));
      where.push(`pc.search @@ ${tsq}`);
      rank = `ts_rank(pc.search, ${tsq}) DESC, `;
      snippet = `ts_headline(${CONFIG_OF}, ${ESCAPED_SUMMARY}, ${tsq},
        'StartSel=<mark>, StopSel=</mark>, MaxWords=40, MinWords=15, HighlightAll=false')`;
    }
    const rows = (await this.db.query(
      `SELECT ${SUMMARY_SELECT}, ${snippet} AS snippet, count(*) OVER () AS total
         FROM procurement_cases pc
         JOIN organizations o ON o.id = pc.organization_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${rank}coalesce(pc.published_at, pc.updated_at) DESC, pc.id
        LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
      params,
    )) as SummaryRow[];
    return { items: rows.map(toSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async comments(caller: AuthUser, caseId: string): Promise<CaseCommentResponse[]> {
    await this.get(caller, caseId);
    const rows = (await this.db.query(
      `SELECT c.id, c.case_id, coalesce(u.full_name, '') AS author_name, c.body, c.created_at
         FROM case_comments c LEFT JOIN users u ON u.id = c.author_id
        WHERE c.case_id = $1 ORDER BY c.created_at, c.id`,
      [caseId],
    )) as { id: string; case_id: string; author_name: string; body: string; created_at: Date }[];
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      authorName: r.author_name,
      body: r.body,
      createdAt: r.created_at.toISOString(),
    }));
  }

  async comment(caller: AuthUser, caseId: string, input: CreateCaseCommentDto): Promise<CaseCommentResponse> {
    await this.get(caller, caseId);
    const body = input.body.trim();
    if (!body) throw new AppError('VALIDATION_FAILED', 'body must not be empty');
    // The new comment with its author's name from the insert itself, not by re-reading the whole thread.
    const [row] = (await this.db.query(
      `WITH added AS (
         INSERT INTO case_comments (case_id, author_id, body) VALUES ($1, $2, $3)
         RETURNING id, case_id, author_id, body, created_at)
       SELECT a.id, a.case_id, coalesce(u.full_name, '') AS author_name, a.body, a.created_at
         FROM added a LEFT JOIN users u ON u.id = a.author_id`,
      [caseId, caller.id, body],
    )) as { id: string; case_id: string; author_name: string; body: string; created_at: Date }[];
    return {
      id: row.id,
      caseId: row.case_id,
      authorName: row.author_name,
      body: row.body,
      createdAt: row.created_at.toISOString(),
    };
  }

  /** Members of the case's organisation and admins edit; anyone else gets 403, or 404 for a draft they cannot see. */
  private async editable(caller: AuthUser, id: string): Promise<CaseResponse> {
    const current = await this.get(caller, id);
    if (!current.canEdit)
      throw new AppError('NOT_SAME_ORGANIZATION', 'Only its organisation edits a case');
    return current;
  }

  private async organizationOf(userId: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT organization_id FROM users WHERE id = $1`, [userId])) as {
      organization_id: string | null;
    }[];
    return row?.organization_id ?? null;
  }

  /** The given fields as [column, value] pairs, trimmed text, in a fixed order. */
  private columnsOf(input: Partial<CaseInput>): [string, unknown][] {
    return (Object.keys(COLUMNS) as (keyof CaseInput)[])
      .filter((field) => input[field] !== undefined)
      .map((field) => {
        const value = input[field];
        return [COLUMNS[field], typeof value === 'string' ? value.trim() : value];
      });
  }
}
