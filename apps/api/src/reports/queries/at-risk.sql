WITH s AS ({{report-scope}}),
     released AS (
       SELECT vm.position, vm.total_required FROM version_modules vm
       JOIN cohorts c ON c.id = $1
       LEFT JOIN module_releases mr ON mr.cohort_id = c.id AND mr.module_id = vm.module_id
       WHERE vm.version_id = $3 AND coalesce(mr.releases_on, c.starts_on) <= current_date
     ),
     expected AS (SELECT coalesce(sum(total_required), 0)::int AS n FROM released),
     behind AS (
       SELECT s.id,
              sum(r.total_required - least(coalesce(s.module_completed[r.position + 1], 0), r.total_required))::int AS missing
       FROM s CROSS JOIN released r
       WHERE s.status = 'active'
       GROUP BY s.id
     )
     SELECT s.id AS enrollment_id, s.user_id, s.full_name, s.organization_id, s.completed_required,
            expected.n AS expected_required
     FROM behind JOIN s ON s.id = behind.id CROSS JOIN expected
     WHERE behind.missing > 0
     ORDER BY behind.missing DESC, s.full_name
