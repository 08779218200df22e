// Reads across modules (read-only): users (email, full_name, locale, erased_at) of who gets a digest.
import { Injectable } from '@nestjs/common';
import type { Locale } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';

/** One person's followed threads with replies by others since they last read it or were last told. */
export interface DigestRow {
  user_id: string;
  email: string;
  full_name: string;
  locale: Locale;
  threads: { title: string; groupName: string; replies: number }[];
}

/** The daily digest's claim on developer_group_thread_readers (the module's own table). */
@Injectable()
export class DigestsRepository {
  /**
   * Claims, in the caller's transaction, every followed thread with replies not yet told of, for people not told
   * since `since` (the start of today in Finland); a second run, on this or another instance, finds nothing to claim:
   * the UPDATE's row locks and its re-checked WHERE make each digest exactly once.
   */
  claim(tx: EntityManager, since: Date, now: Date): Promise<DigestRow[]> {
    return sql.rows<DigestRow>(
      tx,
      `WITH due AS (
         SELECT r.thread_id, r.user_id,
                (SELECT count(*)::int FROM developer_group_posts p
                  WHERE p.thread_id = r.thread_id AND NOT p.hidden AND p.author_id IS DISTINCT FROM r.user_id
                    AND p.created_at > greatest(r.read_at, r.digested_at, $2::timestamptz - interval '1 day')
                    AND p.created_at <= $2) AS replies
           FROM developer_group_thread_readers r
          WHERE r.following AND (r.digested_at IS NULL OR r.digested_at < $1)
       ),
       claimed AS (
         UPDATE developer_group_thread_readers r SET digested_at = $2
           FROM due d
          WHERE r.thread_id = d.thread_id AND r.user_id = d.user_id AND d.replies > 0
            AND (r.digested_at IS NULL OR r.digested_at < $1)
         RETURNING r.thread_id, r.user_id, d.replies
       )
       SELECT c.user_id, u.email, u.full_name, u.locale,
              json_agg(json_build_object('title', t.title, 'groupName', g.name, 'replies', c.replies)
                       ORDER BY t.last_post_at DESC) AS threads
         FROM claimed c
         JOIN users u ON u.id = c.user_id AND u.erased_at IS NULL
         JOIN developer_group_threads t ON t.id = c.thread_id
         JOIN developer_groups g ON g.id = t.group_id
        GROUP BY c.user_id, u.email, u.full_name, u.locale`,
      [since, now],
    );
  }
}
