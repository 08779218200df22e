WITH s AS MATERIALIZED ({{report-scope}}),
     counts AS (SELECT count(*) AS enrolled, count(*) FILTER (WHERE completed_at IS NOT NULL) AS completed FROM s),
     per_organization AS (
       SELECT s.organization_id, coalesce(o.name, '') AS name, count(*) AS participants,
              CASE WHEN $4::int = 0 THEN 0 ELSE round(avg(100.0 * s.completed_required / $4::int), 1) END AS average_percent
       FROM s LEFT JOIN organizations o ON o.id = s.organization_id
       GROUP BY s.organization_id, o.name
     )
     SELECT json_build_object(
       'cohortId', $1::uuid,
       'enrolled', counts.enrolled,
       'completed', counts.completed,
       'completionRate', CASE WHEN counts.enrolled = 0 THEN 0 ELSE round(counts.completed::numeric / counts.enrolled, 4) END,
       'participants', coalesce((
         SELECT json_agg(json_build_object(
                  'userId', s.user_id, 'fullName', s.full_name, 'organizationId', s.organization_id,
                  'completedRequired', s.completed_required, 'totalRequired', $4::int,
                  'percent', CASE WHEN $4::int = 0 THEN 0 ELSE round(100.0 * s.completed_required / $4::int, 1) END,
                  'completedAt', to_char(s.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                ORDER BY s.full_name, s.user_id)
         FROM s), '[]'),
       'modules', coalesce((
         SELECT json_agg(json_build_object(
                  'moduleId', vm.module_id, 'title', vm.title,
                  'completionRate', CASE
                    WHEN counts.enrolled = 0 THEN 0
                    WHEN vm.total_required = 0 THEN 1
                    ELSE round((SELECT count(*) FROM s
                                WHERE coalesce(s.module_completed[vm.position + 1], 0) >= vm.total_required)::numeric
                               / counts.enrolled, 4)
                  END)
                ORDER BY vm.position)
         FROM version_modules vm WHERE vm.version_id = $3), '[]'),
       'organizations', coalesce((
         SELECT json_agg(json_build_object(
                  'organizationId', g.organization_id, 'name', g.name, 'participants', g.participants,
                  'averagePercent', g.average_percent,
                  -- The team's latest presentation of its development task to its management team.
                  'managementReview', (
                    SELECT json_build_object('presentedOn', to_char(mr.presented_on, 'YYYY-MM-DD'), 'outcome', mr.outcome)
                    FROM assignment_submissions sub
                    JOIN assignment_management_reviews mr ON mr.submission_id = sub.id
                    WHERE sub.cohort_id = $1 AND sub.organization_id = g.organization_id
                    ORDER BY mr.presented_on DESC, mr.recorded_at DESC LIMIT 1))
                ORDER BY g.name NULLS LAST)
         FROM per_organization g), '[]')
     )::text AS report
     FROM counts
