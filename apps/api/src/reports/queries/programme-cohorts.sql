WITH s AS ({{programme-participants}}),
     per_cohort AS (
       SELECT s.cohort_id, count(*)::int AS enrolled,
              count(*) FILTER (WHERE s.status = 'active')::int AS active,
              count(*) FILTER (WHERE s.status = 'completed')::int AS completed,
              sum(CASE WHEN v.total_required = 0 THEN 0 ELSE 100.0 * s.completed_required / v.total_required END)::float8 AS percent_sum
       FROM s JOIN cohorts c ON c.id = s.cohort_id JOIN course_versions v ON v.id = c.course_version_id
       GROUP BY s.cohort_id
     )
     SELECT c.id AS cohort_id, c.name, v.title AS course_title, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, coalesce(p.enrolled, 0) AS enrolled,
            coalesce(p.active, 0) AS active, coalesce(p.completed, 0) AS completed,
            coalesce(p.percent_sum, 0) AS percent_sum
     FROM cohorts c
     JOIN course_versions v ON v.id = c.course_version_id
     LEFT JOIN per_cohort p ON p.cohort_id = c.id
     WHERE $1::text[] IS NULL OR p.enrolled > 0
     ORDER BY c.starts_on DESC, c.name, c.id
