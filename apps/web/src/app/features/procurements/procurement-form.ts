import {
  isValidCpvCode,
  MAX_PROCUREMENT_VALUE_EUR,
  type CreateIndicatorRequest,
  type CreateMeasurementRequest,
  type CreateProcurementRequest,
  type IndicatorDirection,
  type IndicatorResponse,
  type InnovationReportResponse,
  type Novelty,
  type ProcurementProcedure,
  type ProcurementStatus,
  type SustainabilityAspect,
} from '@keino/contracts';

// The register's forms as pure functions, tested without a browser. An error is the i18n key (under
// procurements.errors) of its message. The CPV rule is the server's own, from libs/contracts.

export interface ProcurementForm {
  title: string;
  description: string;
  cpvCode: string;
  valueEur: string;
  year: string;
  procedure: ProcurementProcedure;
  status: ProcurementStatus;
  novelty: Novelty;
  sustainability: SustainabilityAspect[];
  marketDialogue: boolean;
  strategic: boolean;
}
export type ProcurementErrors = Partial<Record<'title' | 'cpvCode' | 'valueEur' | 'year', string>>;

export const emptyProcurementForm = (year: number): ProcurementForm => ({
  title: '',
  description: '',
  cpvCode: '',
  valueEur: '',
  year: String(year),
  procedure: 'open',
  status: 'planned',
  novelty: 'none',
  sustainability: [],
  marketDialogue: false,
  strategic: false,
});

const isWhole = (text: string, min: number, max: number) => {
  const value = Number(text.trim().replace(/\s/g, ''));
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
};

export function validateProcurement(form: ProcurementForm): ProcurementErrors {
  const errors: ProcurementErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > 200) errors.title = 'tooLong';
  if (!isValidCpvCode(form.cpvCode.trim())) errors.cpvCode = 'cpv';
  if (!isWhole(form.valueEur, 0, MAX_PROCUREMENT_VALUE_EUR)) errors.valueEur = 'value';
  if (!isWhole(form.year, 2000, 2100)) errors.year = 'year';
  return errors;
}

export function toProcurementRequest(form: ProcurementForm): CreateProcurementRequest {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    cpvCode: form.cpvCode.trim(),
    valueEur: Number(form.valueEur.trim().replace(/\s/g, '')),
    year: Number(form.year.trim()),
    procedure: form.procedure,
    status: form.status,
    novelty: form.novelty,
    sustainability: form.sustainability,
    marketDialogue: form.marketDialogue,
    strategic: form.strategic,
  };
}

export interface IndicatorForm {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: IndicatorDirection;
}
export type IndicatorErrors = Partial<Record<keyof IndicatorForm, string>>;

export const emptyIndicatorForm = (): IndicatorForm => ({
  name: '',
  unit: '',
  baseline: '',
  target: '',
  direction: 'increase',
});

/** A decimal number as people type it (a comma or a point); NaN when it is not one. */
export function parseNumber(text: string): number {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  return clean === '' || !/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(clean) ? NaN : Number(clean);
}

export function validateIndicator(form: IndicatorForm): IndicatorErrors {
  const errors: IndicatorErrors = {};
  if (!form.name.trim()) errors.name = 'required';
  if (!form.unit.trim()) errors.unit = 'required';
  const baseline = parseNumber(form.baseline);
  const target = parseNumber(form.target);
  if (Number.isNaN(baseline)) errors.baseline = 'number';
  if (Number.isNaN(target)) errors.target = 'number';
  else if (!Number.isNaN(baseline)) {
    // The same rule as the server's: the target lies on the side the direction says.
    if (form.direction === 'increase' && target <= baseline) errors.target = 'targetAbove';
    if (form.direction === 'decrease' && target >= baseline) errors.target = 'targetBelow';
  }
  return errors;
}

export const toIndicatorRequest = (form: IndicatorForm): CreateIndicatorRequest => ({
  name: form.name.trim(),
  unit: form.unit.trim(),
  baseline: parseNumber(form.baseline),
  target: parseNumber(form.target),
  direction: form.direction,
});

export function validateMeasurement(
  measuredOn: string,
  value: string,
): Partial<Record<'measuredOn' | 'value', string>> {
  const errors: Partial<Record<'measuredOn' | 'value', string>> = {};
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(measuredOn);
  const real =
    date &&
    new Date(Date.UTC(+date[1], +date[2] - 1, +date[3])).toISOString().slice(0, 10) === measuredOn &&
    +date[1] >= 2000 &&
    +date[1] <= 2100;
  if (!real) errors.measuredOn = 'date';
  if (Number.isNaN(parseNumber(value))) errors.value = 'number';
  return errors;
}

export const toMeasurementRequest = (measuredOn: string, value: string): CreateMeasurementRequest => ({
  measuredOn,
  value: parseNumber(value),
});

/** An indicator's progress 0–1 as a whole percentage, or null. */
export const progressPercent = (i: IndicatorResponse): number | null =>
  i.progress === null ? null : Math.round(i.progress * 100);

/** A share 0–1 as a percentage with one decimal; null stays null (fewer than three organisations). */
export const sharePercent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

/** Years of reports in order, as the rows of a line chart of the innovative share against the target. */
export function shareTrend(reports: InnovationReportResponse[]): {
  years: string[];
  shares: (number | null)[];
} {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  return {
    years: sorted.map((r) => String(r.year)),
    shares: sorted.map((r) => sharePercent(r.innovativeShare)),
  };
}
