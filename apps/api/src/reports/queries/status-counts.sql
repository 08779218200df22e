SELECT e.status, count(*)::int AS n
     FROM enrollments e
     JOIN users u ON u.id = e.user_id
     LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE e.cohort_id = $1 AND ($2::text[] IS NULL OR o.region = ANY($2::text[]) OR o.id::text = ANY($2::text[]))
     GROUP BY e.status
