import type {
  AssessmentAnswer,
  ImpactReportResponse,
  ImpactRow,
  LocalizedText,
  MaturityDimension,
  MaturityDimensionInput,
} from '@keino/contracts';

import { type FormatLanguage, formatSigned } from '../../core/i18n/local-format';
import type { ChartTable, Translate } from '../../shared/chart/chart-data';

export type Lang = keyof LocalizedText;
export const LANGS: Lang[] = ['fi', 'sv', 'en'];

/** The text in the reader's language, falling back to Finnish, then to any language that has it. */
export function textIn(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang]?.trim() || text.fi?.trim() || text.sv?.trim() || text.en?.trim() || '';
}

/** Dimension id → level, for the form and the summary. */
export function levelsById(answers: AssessmentAnswer[]): Map<string, number> {
  return new Map(answers.map((a) => [a.dimensionId, a.level]));
}

/** The current dimensions still without an answer, by name: the form names them before it sends. */
export function unanswered(
  dimensions: MaturityDimension[],
  chosen: Record<string, number | undefined>,
  lang: Lang,
) {
  return dimensions
    .filter((d) => {
      const level = chosen[d.id] ?? 0;
      return !d.archivedAt && !(level >= 1 && level <= 5);
    })
    .map((d) => textIn(d.name, lang));
}

export interface SummaryRow {
  dimensionId: string;
  name: string;
  start: number | null;
  end: number | null;
  change: number | null;
}

/** Start and end side by side per dimension, with the change where both are answered. */
export function summaryRows(
  dimensions: MaturityDimension[],
  start: AssessmentAnswer[],
  end: AssessmentAnswer[],
  lang: Lang,
): SummaryRow[] {
  const s = levelsById(start);
  const e = levelsById(end);
  return dimensions
    .filter((d) => s.has(d.id) || e.has(d.id))
    .map((d) => {
      const a = s.get(d.id) ?? null;
      const b = e.get(d.id) ?? null;
      return {
        dimensionId: d.id,
        name: textIn(d.name, lang),
        start: a,
        end: b,
        change: a && b ? b - a : null,
      };
    });
}

/** An editable dimension of the admin's model editor. */
export interface DimensionDraft {
  /** Present for a dimension that exists; a new one has none. */
  id?: string;
  /** Stable across edits, for tracking and element ids. */
  key: string;
  name: LocalizedText;
  levels: LocalizedText[];
}

let drafts = 0;
const emptyText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export function newDraft(): DimensionDraft {
  return { key: `new-${++drafts}`, name: emptyText(), levels: [1, 2, 3, 4, 5].map(emptyText) };
}

export function toDraft(d: MaturityDimension): DimensionDraft {
  return {
    id: d.id,
    key: d.id,
    name: { ...d.name },
    levels: d.levels.map((l) => ({ ...l })),
  };
}

/** Where a draft is incomplete: `name` or `level-N` with the missing languages, per draft key. */
export function draftProblems(list: DimensionDraft[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const d of list) {
    const missing: string[] = [];
    for (const lang of LANGS) if (!d.name[lang].trim()) missing.push(`name.${lang}`);
    d.levels.forEach((l, i) => {
      for (const lang of LANGS) if (!l[lang].trim()) missing.push(`level${i + 1}.${lang}`);
    });
    if (missing.length) problems.set(d.key, missing);
  }
  return problems;
}

export function toRequest(list: DimensionDraft[]): { dimensions: MaturityDimensionInput[] } {
  return {
    dimensions: list.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      name: { ...d.name },
      levels: d.levels.map((l) => ({ ...l })),
    })),
  };
}

/** A copy of the list with item `index` moved by `delta` places (no change at the ends). */
export function moved<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/**
 * The before/after chart: one bar pair per dimension with participants who answered both, and a third bar, a year
 * on, once anyone in the figures has answered the follow-up.
 */
export function impactChartTable(report: ImpactReportResponse, t: Translate): ChartTable {
  const rows = report.dimensions.filter((r) => r.n > 0 || r.followUpN > 0);
  const followUp = rows.some((r) => r.followUpN > 0);
  return {
    rowHeader: t('assessment.impact.dimension'),
    rows: rows.map((r) => r.label),
    series: [
      { label: t('assessment.impact.start'), unit: 'count', values: rows.map((r) => r.averageStart ?? 0) },
      { label: t('assessment.impact.end'), unit: 'count', values: rows.map((r) => r.averageEnd ?? 0) },
      ...(followUp
        ? [
            {
              label: t('assessment.impact.followUp'),
              unit: 'count' as const,
              values: rows.map((r) => r.averageFollowUp ?? 0),
            },
          ]
        : []),
    ],
  };
}

/** A row's label as the table shows it: regions by name, the missing organisation or erased name spelled out. */
export function rowLabel(group: ImpactReportResponse['group'], row: ImpactRow, t: Translate): string {
  if (group === 'region') return row.key ? t(`regions.${row.key}`) : t('assessment.impact.noRegion');
  if (group === 'organization' && !row.key) return t('assessment.impact.noOrganization');
  if (group === 'participant' && !row.label) return t('assessment.impact.anonymised');
  return row.label;
}

/** "+1,25" / "−0,5" / "0" (`decimals`: always that many): the sign is part of the figure. */
export function signed(value: number | null, language: FormatLanguage, decimals?: number): string {
  return formatSigned(value, language, decimals);
}
