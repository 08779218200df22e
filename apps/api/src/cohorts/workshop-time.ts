/**
 * SQL joins that give a workshop's time and place in one cohort, as `w.starts_at` and `w.location`: the cohort's own
 * (`cohort_workshops`) where it has one, else the course version's; the place falls back to the cohort's place first. `cohortId` and `activity` are SQL expressions:
 * the cohort's id and the alias of the `version_activities` row.
 */
export const workshopTimeIn = (cohortId: string, activity: string): string => `
  LEFT JOIN cohort_workshops cw ON cw.cohort_id = ${cohortId} AND cw.activity_id = ${activity}.activity_id
  CROSS JOIN LATERAL (SELECT coalesce(cw.starts_at, ${activity}.starts_at) AS starts_at,
                             coalesce(cw.location, (SELECT cp.place FROM cohorts cp WHERE cp.id = ${cohortId}),
                                      ${activity}.location) AS location) w`;
