import type { CallCriterion } from '@keino/contracts';

/** Σ(score × weight) / Σ weight over the call's criteria, unrounded (API.md). */
export function weightedScore(criteria: CallCriterion[], scores: Record<string, number>): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.reduce((sum, c) => sum + scores[c.key] * c.weight, 0) / weights;
}

/** Answers are rounded to two decimals; the mean is taken of the unrounded scores. */
export function roundScore(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The criteria keys a review's scores leave out, and those it names that the call has not. */
export function scoreProblems(criteria: CallCriterion[], scores: Record<string, number>): string[] {
  const keys = new Set(criteria.map((c) => c.key));
  const missing = criteria.filter((c) => !(c.key in scores)).map((c) => `scores.${c.key} is required`);
  const unknown = Object.keys(scores)
    .filter((k) => !keys.has(k))
    .map((k) => `scores.${k} is not a criterion of this call`);
  const invalid = Object.entries(scores)
    .filter(([, v]) => !Number.isInteger(v) || v < 0 || v > 5)
    .map(([k]) => `scores.${k} must be an integer from 0 to 5`);
  return [...missing, ...unknown, ...invalid];
}
