SELECT c.course_version_id, v.total_required,
       EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = c.id AND t.user_id = $2) AS is_trainer,
       (SELECT regions FROM users WHERE id = $2) AS regions
FROM cohorts c JOIN course_versions v ON v.id = c.course_version_id WHERE c.id = $1
