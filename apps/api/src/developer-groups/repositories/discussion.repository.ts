// Reads across modules (read-only): users (full_name) of authors.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface ThreadRow {
  id: string;
  group_id: string;
  group_name: string;
  title: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  last_post_at: Date;
  post_count: number;
  unread: boolean;
  following: boolean;
}

export interface ThreadListRow extends ThreadRow {
  total: string;
}

export interface PostRow {
  id: string;
  thread_id: string;
  group_id: string;
  author_id: string | null;
  author_name: string | null;
  body: string;
  hidden: boolean;
  created_at: Date;
  edited_at: Date | null;
}

// The text-search configuration of the group's language, as the case library chooses it.
const CONFIG_OF = `(CASE $LANG WHEN 'sv' THEN 'swedish' WHEN 'en' THEN 'english' ELSE 'finnish' END)::regconfig`;

/** $1 = the caller, for their unread marker and follow. */
const THREAD_SELECT = `
  t.id, t.group_id, g.name AS group_name, t.title, t.author_id, a.full_name AS author_name, t.created_at,
  t.last_post_at,
  (SELECT count(*)::int FROM developer_group_posts p WHERE p.thread_id = t.id) AS post_count,
  (r.read_at IS NULL OR r.read_at < t.last_post_at) AS unread,
  coalesce(r.following, false) AS following`;

const THREAD_FROM = `
  FROM developer_group_threads t
  JOIN developer_groups g ON g.id = t.group_id
  LEFT JOIN users a ON a.id = t.author_id
  LEFT JOIN developer_group_thread_readers r ON r.thread_id = t.id AND r.user_id = $1`;

const POST_SELECT = `
  p.id, p.thread_id, t.group_id, p.author_id, a.full_name AS author_name, p.body, p.hidden, p.created_at, p.edited_at
  FROM developer_group_posts p
  JOIN developer_group_threads t ON t.id = p.thread_id
  LEFT JOIN users a ON a.id = p.author_id`;

/** The only code that reads and writes developer_group_threads, _posts and _thread_readers. */
@Injectable()
export class DiscussionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A thread with its first post; the author follows it and has read it. */
  async insertThread(
    tx: Db,
    t: { groupId: string; language: Locale; title: string; authorId: string; body: string; at?: Date },
  ): Promise<string> {
    const row = await sql.one<{ id: string }>(
      tx,
      `INSERT INTO developer_group_threads (group_id, language, title, author_id, created_at, last_post_at)
       VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($5::timestamptz, now())) RETURNING id`,
      [t.groupId, t.language, t.title, t.authorId, t.at ?? null],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    await this.insertPost(tx, {
      threadId: row.id,
      language: t.language,
      authorId: t.authorId,
      body: t.body,
      at: t.at,
    });
    return row.id;
  }

  /** A post; the thread's latest activity moves to it, and its author follows the thread and has read it. */
  async insertPost(
    tx: Db,
    p: { threadId: string; language: Locale; authorId: string; body: string; at?: Date },
  ): Promise<string> {
    // One statement, so the thread's latest activity and the author's read marker are the post's own time, to the
    // microsecond (a time round-tripped through a JS Date would lose them and leave the post unread).
    const row = await sql.one<{ id: string }>(
      tx,
      `WITH added AS (
         INSERT INTO developer_group_posts (thread_id, language, author_id, body, created_at)
         VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now())) RETURNING id, thread_id, author_id, created_at),
       moved AS (
         UPDATE developer_group_threads t SET last_post_at = greatest(t.last_post_at, a.created_at)
           FROM added a WHERE t.id = a.thread_id RETURNING t.id),
       reader AS (
         INSERT INTO developer_group_thread_readers (thread_id, user_id, following, read_at)
         SELECT thread_id, author_id, true, created_at FROM added
         ON CONFLICT (thread_id, user_id) DO UPDATE SET following = true,
           read_at = greatest(developer_group_thread_readers.read_at, EXCLUDED.read_at)
         RETURNING thread_id)
       SELECT a.id FROM added a, (SELECT count(*) FROM moved) m, (SELECT count(*) FROM reader) r`,
      [p.threadId, p.language, p.authorId, p.body, p.at ?? null],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  findThread(id: string, callerId: string): Promise<ThreadRow | undefined> {
    return sql.one<ThreadRow>(this.db, `SELECT ${THREAD_SELECT} ${THREAD_FROM} WHERE t.id = $2`, [
      callerId,
      id,
    ]);
  }

  /** Latest activity first; `search` matches titles and visible posts in the group's language. */
  listThreads(filter: {
    callerId: string;
    groupId: string;
    language: Locale;
    search: string | null;
    limit: number;
    offset: number;
  }): Promise<ThreadListRow[]> {
    const config = CONFIG_OF.replace('$LANG', '$3::text');
    return sql.rows<ThreadListRow>(
      this.db,
      `SELECT ${THREAD_SELECT}, count(*) OVER () AS total ${THREAD_FROM}
        WHERE t.group_id = $2
          AND ($4::text IS NULL
               OR t.search @@ websearch_to_tsquery(${config}, $4)
               OR EXISTS (SELECT 1 FROM developer_group_posts p
                           WHERE p.thread_id = t.id AND NOT p.hidden
                             AND p.search @@ websearch_to_tsquery(${config}, $4)))
        ORDER BY t.last_post_at DESC, t.id LIMIT $5 OFFSET $6`,
      [filter.callerId, filter.groupId, filter.language, filter.search, filter.limit, filter.offset],
    );
  }

  posts(threadId: string): Promise<PostRow[]> {
    return sql.rows<PostRow>(
      this.db,
      `SELECT ${POST_SELECT} WHERE p.thread_id = $1 ORDER BY p.created_at, p.id`,
      [threadId],
    );
  }

  findPost(id: string, db: Db = this.db): Promise<PostRow | undefined> {
    return sql.one<PostRow>(db, `SELECT ${POST_SELECT} WHERE p.id = $1`, [id]);
  }

  async editPost(tx: Db, id: string, body: string): Promise<void> {
    await sql.affected(tx, `UPDATE developer_group_posts SET body = $2, edited_at = now() WHERE id = $1`, [
      id,
      body,
    ]);
  }

  async setHidden(tx: Db, id: string, hidden: boolean, by: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE developer_group_posts SET hidden = $2, hidden_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
      [id, hidden, by],
    );
  }

  /** The caller has read the thread up to its latest post. */
  async markRead(threadId: string, userId: string): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO developer_group_thread_readers (thread_id, user_id, read_at)
       SELECT id, $2, last_post_at FROM developer_group_threads WHERE id = $1
       ON CONFLICT (thread_id, user_id) DO UPDATE SET read_at = EXCLUDED.read_at`,
      [threadId, userId],
    );
  }

  async setFollowing(threadId: string, userId: string, following: boolean): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO developer_group_thread_readers (thread_id, user_id, following) VALUES ($1, $2, $3)
       ON CONFLICT (thread_id, user_id) DO UPDATE SET following = EXCLUDED.following`,
      [threadId, userId, following],
    );
  }
}
