SELECT s.region, count(*)::int AS participants, count(*) FILTER (WHERE s.status = 'completed')::int AS completed
     FROM ({{programme-participants}}) s
     GROUP BY s.region
     ORDER BY s.region NULLS LAST
