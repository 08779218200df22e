// Reads across modules (read-only): users (full_name, erased_at) of the reply's author and of who is told.
import type { CandidateSelect } from '../../notifications/repositories/reminder-candidates';

/**
 * The people told of a reply, as NotificationsService.deliver takes them: those who follow the thread, but not its
 * author; the key names the post and the person, so a repeated delivery tells nobody twice.
 */
export const replyCandidates = (postId: string): CandidateSelect => ({
  text: `
    SELECT r.user_id, 'thread_reply' AS kind,
           jsonb_build_object('threadId', t.id, 'threadTitle', t.title, 'groupName', g.name,
                              'authorName', coalesce(a.full_name, '')) AS payload,
           concat_ws(':', 'thread_reply', p.id, r.user_id) AS dedupe_key
      FROM developer_group_posts p
      JOIN developer_group_threads t ON t.id = p.thread_id
      JOIN developer_groups g ON g.id = t.group_id
      JOIN developer_group_thread_readers r ON r.thread_id = t.id AND r.following
      JOIN users u ON u.id = r.user_id AND u.erased_at IS NULL
      LEFT JOIN users a ON a.id = p.author_id
     WHERE p.id = $1 AND r.user_id IS DISTINCT FROM p.author_id`,
  params: [postId],
});
