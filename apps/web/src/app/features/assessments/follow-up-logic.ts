import type { AssessmentAnswer, EnrollmentAssessmentsResponse } from '@keino/contracts';

import { type Lang, levelsById, textIn } from './assessment-logic';

/** What the follow-up page says instead of the form, or null when the form shows. */
export type FollowUpNotice = 'notOpen' | 'closed' | 'notParticipant' | null;

/** Today in Finnish time as `YYYY-MM-DD` (the API's window is in Finnish days). */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}

/** Why the form does not show: before the window, after it, or someone else's (or an inactive) enrolment. */
export function followUpNotice(d: EnrollmentAssessmentsResponse, today: string): FollowUpNotice {
  if (d.followUp.canAnswer) return null;
  if (today < d.followUp.opensOn) return 'notOpen';
  if (today > d.followUp.lastDay) return 'closed';
  return 'notParticipant';
}

/** The level answered last before the follow-up, per dimension: the end, else the start. */
export function lastLevels(d: EnrollmentAssessmentsResponse): Map<string, number> {
  const start = levelsById(d.start.answers);
  for (const [id, level] of levelsById(d.end.answers)) start.set(id, level);
  return start;
}

export interface FollowUpRow {
  dimensionId: string;
  name: string;
  start: number | null;
  end: number | null;
  followUp: number | null;
  /** Follow-up − start, where both are answered. */
  change: number | null;
}

/** Start, end and follow-up side by side per dimension answered in any of them. */
export function followUpRows(d: EnrollmentAssessmentsResponse, lang: Lang): FollowUpRow[] {
  const level = (answers: AssessmentAnswer[]) => levelsById(answers);
  const [s, e, f] = [level(d.start.answers), level(d.end.answers), level(d.followUp.answers)];
  return d.dimensions
    .filter((dim) => s.has(dim.id) || e.has(dim.id) || f.has(dim.id))
    .map((dim) => {
      const start = s.get(dim.id) ?? null;
      const followUp = f.get(dim.id) ?? null;
      return {
        dimensionId: dim.id,
        name: textIn(dim.name, lang),
        start,
        end: e.get(dim.id) ?? null,
        followUp,
        change: start !== null && followUp !== null ? followUp - start : null,
      };
    });
}
