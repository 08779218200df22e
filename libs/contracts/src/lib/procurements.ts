import type { OrganizationKind, RegionCode } from './organizations';

// The procurement register and the national measure of innovative procurement (API.md "Procurement register and
// innovation measurement").

export const PROCUREMENT_PROCEDURES = [
  'open',
  'restricted',
  'negotiated',
  'competitive_dialogue',
  'innovation_partnership',
  'direct_award',
  'framework',
  'other',
] as const;
export type ProcurementProcedure = (typeof PROCUREMENT_PROCEDURES)[number];

export const PROCUREMENT_STATUSES = ['planned', 'tendering', 'contracted', 'completed'] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

export const NOVELTIES = ['new_to_market', 'new_procedure', 'new_to_buyer', 'none'] as const;
export type Novelty = (typeof NOVELTIES)[number];

/** A procurement is innovative when it buys something new to the market or uses a procedure new to the sector. */
export const INNOVATIVE_NOVELTIES: readonly Novelty[] = ['new_to_market', 'new_procedure'];

export const SUSTAINABILITY_ASPECTS = ['environmental', 'social', 'circular', 'climate'] as const;
export type SustainabilityAspect = (typeof SUSTAINABILITY_ASPECTS)[number];

export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** The government's target: this share of public procurement innovative. */
export const INNOVATION_TARGET = 0.1;

/** The largest value one procurement may carry (euros), so that a year's sums stay exact in JSON numbers. */
export const MAX_PROCUREMENT_VALUE_EUR = 10_000_000_000;

/** What the register records of a procurement. */
export interface ProcurementInput {
  title: string;
  description?: string;
  cpvCode: string;
  valueEur: number;
  year: number;
  procedure: ProcurementProcedure;
  status: ProcurementStatus;
  novelty: Novelty;
  sustainability: SustainabilityAspect[];
  marketDialogue: boolean;
  strategic: boolean;
}

export interface CreateProcurementRequest extends ProcurementInput {
  /** Admins only: the organisation the procurement is of. */
  organizationId?: string;
}

export type UpdateProcurementRequest = Partial<ProcurementInput>;

export interface ProcurementSummary extends Omit<ProcurementInput, 'description'> {
  id: string;
  description: string;
  organizationId: string;
  organizationName: string;
  region: RegionCode;
  /** The draft case made from it, once made. */
  caseId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MeasurementResponse {
  measuredOn: string;
  value: number;
}

export interface CreateIndicatorRequest {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
}

export interface IndicatorResponse extends CreateIndicatorRequest {
  id: string;
  /** (latest − baseline) / (target − baseline) held within 0–1; null without measurements. */
  progress: number | null;
  measurements: MeasurementResponse[];
}

export interface CreateMeasurementRequest {
  measuredOn: string;
  value: number;
}

export interface ProcurementResponse extends ProcurementSummary {
  indicators: IndicatorResponse[];
  /** The caller may edit it (its organisation's people, admins). */
  canEdit: boolean;
}

export interface ListProcurementsQuery {
  year?: number;
  organizationId?: string;
  novelty?: Novelty;
  region?: RegionCode;
  limit?: number;
  offset?: number;
}

export interface InnovationReportQuery {
  year: number;
  region?: RegionCode;
  kind?: OrganizationKind;
}

export interface InnovationNoveltyRow {
  novelty: Novelty;
  /** null when fewer than three organisations have procurements of this novelty. */
  count: number | null;
  valueEur: number | null;
}

export interface InnovationRegionRow {
  region: RegionCode;
  organizations: number;
  procurements: number;
  valueEur: number | null;
  innovativeValueEur: number | null;
  innovativeShare: number | null;
}

export interface InnovationOrganizationRow {
  organizationId: string;
  name: string;
  region: RegionCode;
  procurements: number;
  valueEur: number;
  innovativeShare: number | null;
}

/**
 * The year's figures. Every aggregate is null when the organisations it is computed over are fewer than three;
 * `byOrganization` lists only the organisations the caller may see one by one.
 */
export interface InnovationReportResponse {
  year: number;
  target: number;
  organizations: number;
  procurements: number;
  valueEur: number | null;
  innovativeValueEur: number | null;
  innovativeShare: number | null;
  innovativeCountShare: number | null;
  newToBuyerShare: number | null;
  sustainableShare: number | null;
  marketDialogueShare: number | null;
  byNovelty: InnovationNoveltyRow[];
  byRegion: InnovationRegionRow[];
  byOrganization: InnovationOrganizationRow[];
}

/** The national aggregates published as open data: the report without any organisation. */
export interface OpenInnovationData extends Omit<InnovationReportResponse, 'byOrganization'> {
  license: string;
  licenseUrl: string;
  source: string;
}

/**
 * The main divisions of the CPV (Regulation (EC) 213/2008): a code's first two digits name one of them. The check
 * digit of the published codes follows no formula (the EU Publications Office confirms that the 2008 revision's
 * digits cannot be recomputed), so the check is the form and the division; the rest is the buyer's reference.
 */
export const CPV_DIVISIONS: readonly string[] = (
  '03 09 14 15 16 18 19 22 24 30 31 32 33 34 35 37 38 39 41 42 43 44 45 48 50 51 55 60 63 64 65 66 70 71 72 73 75 76 ' +
  '77 79 80 85 90 92 98'
).split(' ');

/** A CPV code `12345678-9`: eight digits of an existing division, a dash and the check digit. */
export function isValidCpvCode(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{8}-\d$/.test(value)) return false;
  return CPV_DIVISIONS.includes(value.slice(0, 2));
}
