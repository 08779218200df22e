import { Injectable } from '@nestjs/common';
import {
  INNOVATIVE_NOVELTIES,
  type CaseProcedure,
  type CaseResponse,
  type CaseTheme,
  type CreateIndicatorRequest,
  type CreateMeasurementRequest,
  type IndicatorResponse,
  type ListResponse,
  type ProcurementInput,
  type ProcurementResponse,
  type ProcurementSummary,
} from '@keino/contracts';
import sanitizeHtml from 'sanitize-html';

import { CasesService } from '../cases/cases.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { sanitizeRichText } from '../courses/rich-text';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateIndicatorDto, CreateMeasurementDto } from './dto/indicator.dto';
import { CreateProcurementDto, ListProcurementsQueryDto, UpdateProcurementDto } from './dto/procurement.dto';
import { toIndicator, toProcurementResponse, toProcurementSummary } from './procurement.mapper';
import { procurementErrors } from './procurements.errors';
import {
  ProcurementColumn,
  ProcurementRow,
  ProcurementsRepository,
} from './repositories/procurements.repository';

/** API field → column, for the fields people edit. */
const COLUMNS: Record<keyof ProcurementInput, string> = {
  title: 'title',
  description: 'description',
  cpvCode: 'cpv_code',
  valueEur: 'value_eur',
  year: 'year',
  procedure: 'procedure',
  status: 'status',
  novelty: 'novelty',
  sustainability: 'sustainability',
  marketDialogue: 'market_dialogue',
  strategic: 'strategic',
};

const CASE_PROCEDURE: Record<ProcurementInput['procedure'], CaseProcedure> = {
  open: 'open',
  restricted: 'restricted',
  negotiated: 'negotiated',
  competitive_dialogue: 'competitive_dialogue',
  innovation_partnership: 'innovation_partnership',
  direct_award: 'direct_award',
  framework: 'framework_agreement',
  other: 'other',
};

// The case is written in Finnish, the library's default language; its people edit the draft further.
const ASPECT_FI: Record<string, string> = {
  environmental: 'ympäristö',
  social: 'sosiaalinen vastuu',
  circular: 'kiertotalous',
  climate: 'ilmasto',
};
const NOVELTY_FI: Record<string, string> = {
  new_to_market: 'Markkinoille uusi ratkaisu',
  new_procedure: 'Sektorille uusi menettely',
  new_to_buyer: 'Hankkijalle uusi ratkaisu',
  none: '',
};

/** What the caller's view of one procurement allows. */
interface Access {
  row: ProcurementRow;
  canEdit: boolean;
}

/**
 * The procurement register: an organisation's people record its procurements and follow their impact; change agents
 * read their regions' register, admins everyone's. Outside one's reach a procurement answers 404.
 */
@Injectable()
export class ProcurementsService {
  constructor(
    private readonly procurements: ProcurementsRepository,
    private readonly organizations: OrganizationsService,
    private readonly cases: CasesService,
  ) {}

  async create(caller: AuthUser, input: CreateProcurementDto): Promise<ProcurementResponse> {
    const { organization_id: own } = await this.procurements.callerScope(caller.id);
    const organizationId = isAdmin(caller) ? (input.organizationId ?? own) : own;
    if (!organizationId) throw procurementErrors.noOrganization();
    if (!isAdmin(caller) && input.organizationId && input.organizationId !== own) {
      throw procurementErrors.otherOrganization();
    }
    // Only an admin's choice can name an unknown organisation: a 400, not the foreign key's 500.
    if (organizationId !== own && !(await this.organizations.exists(organizationId))) {
      throw procurementErrors.organizationNotFound();
    }
    const id = await this.procurements.insert(organizationId, columnsOf({ description: '', ...input }));
    return this.get(caller, id);
  }

  async get(caller: AuthUser, id: string): Promise<ProcurementResponse> {
    const { row, canEdit } = await this.access(caller, id);
    return toProcurementResponse(row, await this.procurements.indicators(id), canEdit);
  }

  async list(caller: AuthUser, query: ListProcurementsQueryDto): Promise<ListResponse<ProcurementSummary>> {
    const scope = await this.procurements.callerScope(caller.id);
    const rows = await this.procurements.list({
      all: isAdmin(caller),
      organizationId: scope.organization_id,
      regions: caller.roles.includes('change_agent') ? scope.regions : [],
      year: query.year,
      filterOrganizationId: query.organizationId,
      novelty: query.novelty,
      region: query.region,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toProcurementSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async update(caller: AuthUser, id: string, input: UpdateProcurementDto): Promise<ProcurementResponse> {
    await this.editable(caller, id);
    const columns = columnsOf(input);
    if (columns.length > 0) await this.procurements.update(id, columns);
    return this.get(caller, id);
  }

  async remove(caller: AuthUser, id: string): Promise<void> {
    await this.editable(caller, id);
    await this.procurements.remove(id);
  }

  async addIndicator(caller: AuthUser, id: string, input: CreateIndicatorDto): Promise<IndicatorResponse> {
    await this.editable(caller, id);
    // The target lies on the side the direction says, so progress is always defined.
    const ok = input.direction === 'increase' ? input.target > input.baseline : input.target < input.baseline;
    if (!ok) throw procurementErrors.targetSide(input.direction);
    const indicatorId = await this.procurements.insertIndicator(id, input);
    return this.indicator(id, indicatorId);
  }

  async addMeasurement(
    caller: AuthUser,
    indicatorId: string,
    input: CreateMeasurementDto,
  ): Promise<IndicatorResponse> {
    const procurementId = await this.procurements.procurementOfIndicator(indicatorId);
    if (!procurementId) throw procurementErrors.indicatorNotFound();
    await this.editable(caller, procurementId, procurementErrors.indicatorNotFound);
    if (!isDate(input.measuredOn)) throw procurementErrors.badDate();
    await this.procurements.upsertMeasurement(indicatorId, input.measuredOn, input.value);
    return this.indicator(procurementId, indicatorId);
  }

  /**
   * A completed procurement becomes a draft in the case library with what the register knows filled in, through the
   * cases module's own service. Once: the procurement keeps the case's id.
   */
  async toCase(caller: AuthUser, id: string): Promise<CaseResponse> {
    const { row } = await this.editable(caller, id);
    if (row.status !== 'completed') throw procurementErrors.notCompleted();
    if (row.case_id) throw procurementErrors.caseExists();
    const draft = await this.cases.create(caller, {
      ...(isAdmin(caller) ? { organizationId: row.organization_id } : {}),
      title: row.title,
      language: 'fi',
      summary: plainText(row.description).slice(0, 2000),
      purchased: row.title,
      procedure: CASE_PROCEDURE[row.procedure],
      sustainabilityCriteria: row.sustainability.length
        ? `Kestävyysnäkökulmat: ${row.sustainability.map((a) => ASPECT_FI[a]).join(', ')}`
        : '',
      innovationCriteria: NOVELTY_FI[row.novelty],
      themes: themesOf(row),
      cpvCode: row.cpv_code,
    });
    // Two requests at once: the first link wins; the other answers as if the case had already been made.
    if (!(await this.procurements.linkCase(id, draft.id))) throw procurementErrors.caseExists();
    return draft;
  }

  /**
   * Seeding contract (demo data): a register entry of the organisation with its indicators and their measurements,
   * written as given (no caller to check). Answers its id.
   */
  async seedProcurement(
    organizationId: string,
    input: ProcurementInput,
    indicators: (CreateIndicatorRequest & { measurements: CreateMeasurementRequest[] })[] = [],
  ): Promise<string> {
    const id = await this.procurements.insert(organizationId, columnsOf(input));
    for (const { measurements, ...indicator } of indicators) {
      const indicatorId = await this.procurements.insertIndicator(id, indicator);
      for (const m of measurements)
        await this.procurements.upsertMeasurement(indicatorId, m.measuredOn, m.value);
    }
    return id;
  }

  private async indicator(procurementId: string, indicatorId: string): Promise<IndicatorResponse> {
    const found = (await this.procurements.indicators(procurementId)).find((i) => i.id === indicatorId);
    if (!found) throw procurementErrors.indicatorNotFound();
    return toIndicator(found);
  }

  /** Its organisation's people and admins edit; change agents of its region read (403 to edit); others get 404. */
  private async access(caller: AuthUser, id: string, notFound = procurementErrors.notFound): Promise<Access> {
    const row = await this.procurements.find(id);
    if (!row) throw notFound();
    if (isAdmin(caller)) return { row, canEdit: true };
    const scope = await this.procurements.callerScope(caller.id);
    if (scope.organization_id === row.organization_id) return { row, canEdit: true };
    if (caller.roles.includes('change_agent') && scope.regions.includes(row.region)) {
      return { row, canEdit: false };
    }
    throw notFound();
  }

  private async editable(
    caller: AuthUser,
    id: string,
    notFound = procurementErrors.notFound,
  ): Promise<Access> {
    const access = await this.access(caller, id, notFound);
    if (!access.canEdit) throw procurementErrors.readOnly();
    return access;
  }
}

/** The given fields as [column, value] pairs, text trimmed and the description sanitised, in a fixed order. */
function columnsOf(input: Partial<ProcurementInput>): ProcurementColumn[] {
  return (Object.keys(COLUMNS) as (keyof ProcurementInput)[])
    .filter((field) => input[field] !== undefined)
    .map((field) => {
      const value = input[field];
      if (field === 'description' && typeof value === 'string')
        return [COLUMNS[field], sanitizeRichText(value)];
      return [COLUMNS[field], typeof value === 'string' ? value.trim() : value];
    });
}

function themesOf(row: ProcurementRow): CaseTheme[] {
  const themes = new Set<CaseTheme>();
  if (row.strategic) themes.add('strategy');
  if (INNOVATIVE_NOVELTIES.includes(row.novelty) || row.novelty === 'new_to_buyer') themes.add('innovation');
  if (row.market_dialogue) themes.add('market_dialogue');
  if (row.sustainability.length) themes.add('sustainability');
  if (row.sustainability.includes('circular')) themes.add('circular_economy');
  if (row.sustainability.includes('climate')) themes.add('climate');
  if (row.sustainability.includes('social')) themes.add('social_responsibility');
  return [...themes];
}

const plainText = (html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();

/** A real calendar date of 2000–2100 (the validator has checked the form). */
function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
