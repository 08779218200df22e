SELECT s.id AS enrollment_id, s.user_id, s.organization_id, s.full_name, u.email, o.name AS organization, o.business_id, e.status,
            s.completed_required, s.completed_at, array_to_string(e.completed_days, ',', '') AS days
     FROM (
  SELECT e.id, e.user_id, e.status, e.completed_required, e.module_completed, e.completed_at, u.full_name,
         u.organization_id
  FROM enrollments e
  JOIN users u ON u.id = e.user_id
  LEFT JOIN organizations o ON o.id = u.organization_id
  WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed')
    AND ($2::text[] IS NULL OR o.region = ANY($2::text[]))) s
     JOIN enrollments e ON e.id = s.id
     JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = s.organization_id
     ORDER BY s.full_name, s.user_id
