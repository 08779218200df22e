  SELECT e.id, e.user_id, e.status, e.completed_required, e.module_completed, e.completed_at, u.full_name,
         u.organization_id
  FROM enrollments e
  JOIN users u ON u.id = e.user_id
  LEFT JOIN organizations o ON o.id = u.organization_id
  WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed')
    AND ($2::text[] IS NULL OR o.region = ANY($2::text[]) OR o.id::text = ANY($2::text[]))
