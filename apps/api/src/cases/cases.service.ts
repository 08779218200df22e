import { Injectable } from '@nestjs/common';
import type {
  CaseCommentResponse,
  CaseInput,
  CaseResponse,
  CaseSummary,
  ListResponse,
} from '@keino/contracts';

import { AccountsService } from '../accounts/accounts.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { OrganizationsService } from '../organizations/organizations.service';
import { toCaseComment, toCaseResponse, toCaseSummary } from './case.mapper';
import { caseErrors } from './cases.errors';
import { CaseColumn, CasesRepository, ImportedCase } from './cases.repository';
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

/**
 * The procurement case library: people write their organisation's cases as drafts, colleagues finish them, and a
 * published case is read, searched and commented on by everyone signed in. Drafts stay inside the organisation.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async create(caller: AuthUser, input: CreateCaseDto): Promise<CaseResponse> {
    if (!input.title) throw caseErrors.titleRequired();
    const own = await this.accounts.organizationOf(caller.id);
    const organizationId = isAdmin(caller) ? (input.organizationId ?? own) : own;
    if (!organizationId) throw caseErrors.noOrganization();
    if (!isAdmin(caller) && input.organizationId && input.organizationId !== own) {
      throw caseErrors.otherOrganization();
    }
    // Only an admin's choice can name an unknown organisation (a member's own exists): a 400, not the key's 500.
    if (organizationId !== own && !(await this.organizations.exists(organizationId))) {
      throw caseErrors.organizationNotFound();
    }
    // columnsOf takes the case's own fields only, so organizationId is not among them.
    const id = await this.cases.insert(organizationId, caller.id, columnsOf({ language: 'fi', ...input }));
    return this.get(caller, id);
  }

  async update(caller: AuthUser, id: string, input: UpdateCaseDto): Promise<CaseResponse> {
    await this.editable(caller, id);
    const columns = columnsOf(input);
    if (columns.length > 0) await this.cases.update(id, columns);
    return this.get(caller, id);
  }

  async publish(caller: AuthUser, id: string): Promise<CaseResponse> {
    const current = await this.editable(caller, id);
    const missing = REQUIRED_TO_PUBLISH.filter((field) => !String(current[field] ?? '').trim());
    if (current.themes.length === 0) missing.push('themes');
    if (missing.length > 0) throw caseErrors.incomplete(missing);
    await this.cases.publish(id);
    return this.get(caller, id);
  }

  async get(caller: AuthUser, id: string): Promise<CaseResponse> {
    const row = await this.cases.findReadable(id, caller.id, isAdmin(caller));
    if (!row) throw caseErrors.notFound();
    return toCaseResponse(row, isAdmin(caller) || row.own === true);
  }

  async list(caller: AuthUser, query: ListCasesQuery): Promise<ListResponse<CaseSummary>> {
    const drafts = query.scope === 'drafts';
    const rows = await this.cases.list({
      drafts,
      ownOrganizationId:
        drafts && !isAdmin(caller) ? await this.accounts.organizationOf(caller.id) : undefined,
      theme: query.theme,
      region: query.region,
      kind: query.kind,
      search: query.q?.trim() || undefined,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toCaseSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async comments(caller: AuthUser, caseId: string): Promise<CaseCommentResponse[]> {
    await this.get(caller, caseId);
    return (await this.cases.comments(caseId)).map(toCaseComment);
  }

  async comment(caller: AuthUser, caseId: string, input: CreateCaseCommentDto): Promise<CaseCommentResponse> {
    await this.get(caller, caseId);
    const body = input.body.trim();
    if (!body) throw caseErrors.commentEmpty();
    return toCaseComment(await this.cases.addComment(caseId, caller.id, body));
  }

  /**
   * Seeding contract (demo data): a case with its history (publication and comments at their own times), written
   * as given: the author is not checked against the organisation. Answers the case's id.
   */
  importCase(seed: Omit<ImportedCase, 'columns'> & { input: CaseInput }): Promise<string> {
    const { input, ...rest } = seed;
    return this.cases.importCase({ ...rest, columns: columnsOf(input) });
  }

  /** Members of the case's organisation and admins edit; anyone else gets 403, or 404 for a draft they cannot see. */
  private async editable(caller: AuthUser, id: string): Promise<CaseResponse> {
    const current = await this.get(caller, id);
    if (!current.canEdit) throw caseErrors.notEditable();
    return current;
  }
}

/** The given fields as [column, value] pairs, trimmed text, in a fixed order. */
function columnsOf(input: Partial<CaseInput>): CaseColumn[] {
  return (Object.keys(COLUMNS) as (keyof CaseInput)[])
    .filter((field) => input[field] !== undefined)
    .map((field) => {
      const value = input[field];
      return [COLUMNS[field], typeof value === 'string' ? value.trim() : value];
    });
}
