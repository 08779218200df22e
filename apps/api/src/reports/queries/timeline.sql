WITH s AS MATERIALIZED (
       SELECT e.completed_days, e.completed_at
       FROM enrollments e
       JOIN users u ON u.id = e.user_id
       LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed')
         AND ($2::text[] IS NULL OR o.region = ANY($2::text[]) OR o.id::text = ANY($2::text[]))
     ),
     -- Counted per day number first: a few hundred groups, so the date arithmetic runs on them, not on every element.
     activity_days AS (
       SELECT d, count(*) AS n FROM s CROSS JOIN LATERAL unnest(s.completed_days) d WHERE d IS NOT NULL GROUP BY d
     ),
     events AS (
       SELECT date '2000-01-01' + d AS day, n AS activity, 0 AS enrollment FROM activity_days
       UNION ALL
       SELECT (completed_at AT TIME ZONE 'UTC')::date, 0, count(*) FROM s WHERE completed_at IS NOT NULL GROUP BY 1
     ),
     span AS (
       SELECT least(c.starts_on, (SELECT min(day) FROM events)) AS first,
              greatest(least((now() AT TIME ZONE 'UTC')::date, c.ends_on), c.starts_on,
                       (SELECT max(day) FROM events)) AS last
       FROM cohorts c WHERE c.id = $1
     ),
     unit AS (SELECT first, last, CASE WHEN last - first <= 62 THEN 'day' ELSE 'week' END AS name FROM span),
     per_period AS (
       SELECT date_trunc(unit.name, events.day::timestamp)::date AS period, sum(activity) AS activities,
              sum(enrollment) AS enrollments
       FROM events CROSS JOIN unit GROUP BY 1
     ),
     periods AS (
       SELECT g::date AS period, unit.name FROM unit,
       generate_series(date_trunc(unit.name, unit.first::timestamp), unit.last::timestamp, ('1 ' || unit.name)::interval) g
     )
     SELECT periods.name AS interval, to_char(periods.period, 'YYYY-MM-DD') AS date,
            (sum(coalesce(pp.activities, 0)) OVER w)::int AS completed_activities,
            (sum(coalesce(pp.enrollments, 0)) OVER w)::int AS completed_enrollments
     FROM periods LEFT JOIN per_period pp ON pp.period = periods.period
     WINDOW w AS (ORDER BY periods.period)
     ORDER BY periods.period
