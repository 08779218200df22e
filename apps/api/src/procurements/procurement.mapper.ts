import type { IndicatorResponse, ProcurementResponse, ProcurementSummary } from '@keino/contracts';

import type { IndicatorRow, ProcurementRow } from './repositories/procurements.repository';

export const toProcurementSummary = (r: ProcurementRow): ProcurementSummary => ({
  id: r.id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  region: r.region,
  title: r.title,
  description: r.description,
  cpvCode: r.cpv_code,
  valueEur: Number(r.value_eur),
  year: r.year,
  procedure: r.procedure,
  status: r.status,
  novelty: r.novelty,
  sustainability: r.sustainability,
  marketDialogue: r.market_dialogue,
  strategic: r.strategic,
  caseId: r.case_id,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/**
 * How far the latest measurement has come from the baseline toward the target, held within 0–1; null without
 * measurements. The service keeps target ≠ baseline (on the side the direction says), so the division is safe.
 */
export function indicatorProgress(
  baseline: number,
  target: number,
  measurements: readonly { value: number }[],
): number | null {
  if (measurements.length === 0 || target === baseline) return null;
  const latest = measurements[measurements.length - 1].value;
  return Math.min(1, Math.max(0, (latest - baseline) / (target - baseline)));
}

export const toIndicator = (r: IndicatorRow): IndicatorResponse => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  baseline: r.baseline,
  target: r.target,
  direction: r.direction,
  progress: indicatorProgress(r.baseline, r.target, r.measurements),
  measurements: r.measurements.map((m) => ({ measuredOn: m.measured_on, value: m.value })),
});

export const toProcurementResponse = (
  r: ProcurementRow,
  indicators: IndicatorRow[],
  canEdit: boolean,
): ProcurementResponse => ({
  ...toProcurementSummary(r),
  indicators: indicators.map(toIndicator),
  canEdit,
});
