  SELECT e.cohort_id, e.status, e.completed_required, o.region
  FROM enrollments e
  JOIN users u ON u.id = e.user_id
  LEFT JOIN organizations o ON o.id = u.organization_id
  WHERE e.status IN ('active', 'completed') AND ($1::text[] IS NULL OR o.region = ANY($1::text[]))
