/**
 * The group meetings that start tomorrow (Finnish time), to the active participants of the group's organisations:
 * announced as the cohort's workshops are (`workshop_tomorrow`), so participants see them in the same reminders.
 * A SELECT of (user_id, kind, payload, dedupe_key) for the notifications module's day scan; `$1` is the day scanned.
 * Exported on purpose: the group tables are read here, in their owner's folder. Reads cohorts, course_versions,
 * enrollments and users.
 */
export const GROUP_MEETINGS_TOMORROW = `
  SELECT e.user_id, 'workshop_tomorrow' AS kind,
         jsonb_build_object('cohortId', c.id, 'enrollmentId', e.id, 'cohortName', c.name, 'courseTitle', v.title,
                            'activityId', m.id, 'activityTitle', m.title, 'startsAt', m.starts_at,
                            'location', coalesce(m.location, m.online_url), 'groupId', g.id) AS payload,
         concat_ws(':', 'group_meeting_tomorrow', m.id, (m.starts_at AT TIME ZONE 'Europe/Helsinki')::date,
                   e.user_id) AS dedupe_key
  FROM group_meetings m
  JOIN cohort_groups g ON g.id = m.group_id
  JOIN cohort_group_placements gp ON gp.group_id = g.id AND gp.removed_at IS NULL
  JOIN cohorts c ON c.id = g.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  JOIN enrollments e ON e.cohort_id = c.id AND e.status = 'active'
  JOIN users u ON u.id = e.user_id AND u.erased_at IS NULL AND u.organization_id = gp.organization_id
  WHERE m.starts_at >= (($1::date + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')
    AND m.starts_at < (($1::date + 2)::timestamp AT TIME ZONE 'Europe/Helsinki')`;
