SELECT s.id AS enrollment_id, s.user_id, s.organization_id, s.full_name, u.email, o.name AS organization, o.business_id, e.status,
            s.completed_required, s.completed_at, array_to_string(e.completed_days, ',', '') AS days
     FROM ({{report-scope}}) s
     JOIN enrollments e ON e.id = s.id
     JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = s.organization_id
     ORDER BY s.full_name, s.user_id
