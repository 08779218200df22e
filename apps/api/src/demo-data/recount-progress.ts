/**
 * Brings the counters that the progress write keeps on each enrolment (completed required activities in all and per
 * module, the day of each completion, completion itself) in line with the progress rows of one cohort ($1), for
 * data written straight into the tables. Set-based; meant for seeding, not for the request path.
 */
export const RECOUNT_PROGRESS = `
  WITH version AS (SELECT course_version_id AS id FROM cohorts WHERE id = $1),
  done AS (
    SELECT p.enrollment_id, va.ordinal, va.module_position, va.required,
           (p.completed_at AT TIME ZONE 'UTC')::date - DATE '2000-01-01' AS day
    FROM progress p
    JOIN enrollments e ON e.id = p.enrollment_id AND e.cohort_id = $1
    JOIN version_activities va ON va.version_id = (SELECT id FROM version) AND va.activity_id = p.activity_id
    WHERE p.state = 'completed'
  ),
  counted AS (
    SELECT e.id,
           ARRAY(SELECT d.day FROM generate_series(0, coalesce(max(x.ordinal), 0)) g(i)
                 LEFT JOIN done d ON d.enrollment_id = e.id AND d.ordinal = g.i ORDER BY g.i) AS days,
           ARRAY(SELECT count(d.enrollment_id)::int FROM version_modules vm
                 LEFT JOIN done d ON d.enrollment_id = e.id AND d.module_position = vm.position AND d.required
                 WHERE vm.version_id = (SELECT id FROM version) GROUP BY vm.position ORDER BY vm.position) AS modules,
           count(x.enrollment_id) FILTER (WHERE x.required)::int AS required_done
    FROM enrollments e LEFT JOIN done x ON x.enrollment_id = e.id
    WHERE e.cohort_id = $1
    GROUP BY e.id
  )
  UPDATE enrollments e
  SET completed_days = c.days, module_completed = c.modules, completed_required = c.required_done,
      status = CASE WHEN c.required_done >= v.total_required AND e.status = 'active' THEN 'completed' ELSE e.status END,
      completed_at = CASE WHEN c.required_done >= v.total_required
                          THEN (SELECT max(p.completed_at) FROM progress p WHERE p.enrollment_id = e.id) END
  FROM counted c, cohorts co JOIN course_versions v ON v.id = co.course_version_id
  WHERE e.id = c.id AND co.id = $1`;
