import type { Locale } from './roles';
import type { OrganizationKind, RegionCode } from './organizations';

/** Themes a procurement case is filed under; the library filters by them. */
export const CASE_THEMES = [
  'strategy',
  'sustainability',
  'circular_economy',
  'climate',
  'social_responsibility',
  'innovation',
  'market_dialogue',
  'digitalisation',
  'impact_measurement',
  'cooperation',
] as const;
export type CaseTheme = (typeof CASE_THEMES)[number];

/** Procedures of the Finnish Act on Public Procurement (1397/2016), and the small procurements under its thresholds. */
export const CASE_PROCEDURES = [
  'open',
  'restricted',
  'negotiated',
  'competitive_dialogue',
  'innovation_partnership',
  'dynamic_purchasing_system',
  'framework_agreement',
  'direct_award',
  'small_procurement',
  'other',
] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];

export type CaseStatus = 'draft' | 'published';

/** What the organisation's people write and edit. */
export interface CaseInput {
  title: string;
  summary: string;
  language: Locale;
  purchased: string;
  procedure: CaseProcedure;
  sustainabilityCriteria: string;
  innovationCriteria: string;
  results: string;
  themes: CaseTheme[];
  /** A CPV code of the EU's Common Procurement Vocabulary, e.g. `45000000-7`. */
  cpvCode: string | null;
  contactName: string;
  contactEmail: string;
}

/** `POST /api/cases`: admins name the organisation; everyone else writes for their own. */
export interface CreateCaseRequest extends Partial<CaseInput> {
  title: string;
  organizationId?: string;
}

export type UpdateCaseRequest = Partial<CaseInput>;

export interface CaseSummary {
  id: string;
  title: string;
  summary: string;
  language: Locale;
  status: CaseStatus;
  themes: CaseTheme[];
  procedure: CaseProcedure;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  region: RegionCode;
  publishedAt: string | null;
  updatedAt: string;
  /** For searches: the passage that matched, with matches between `<mark>` and `</mark>` (nothing else is HTML). */
  snippet: string | null;
  comments: number;
}

export interface CaseResponse extends CaseSummary, CaseInput {
  authorName: string | null;
  /** Whether the caller may edit and publish it (a member of its organisation, or an admin). */
  canEdit: boolean;
}

export interface CaseCommentResponse {
  id: string;
  caseId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface CreateCaseCommentRequest {
  body: string;
}
