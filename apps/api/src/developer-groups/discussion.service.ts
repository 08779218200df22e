import { Injectable } from '@nestjs/common';
import type { ListResponse, PostResponse, ThreadResponse, ThreadSummary } from '@keino/contracts';

import { isBlankText } from '../assignments/assignment-rules';
import { AuthUser } from '../common/auth/auth.decorators';
import { sanitizeRichText } from '../courses/rich-text';
import { DeveloperGroupAccess, GroupAccess } from './developer-group-access';
import { toPost, toThreadSummary } from './developer-group.mapper';
import { developerGroupErrors } from './developer-groups.errors';
import { required } from './developer-groups.service';
import { CreatePostDto, CreateThreadDto, ListThreadsQuery, UpdatePostDto } from './dto/discussion.dto';
import { DiscussionRepository, PostRow } from './repositories/discussion.repository';
import { ThreadNotificationsService } from './thread-notifications.service';

/** Seeding contract (demo data): a thread and its replies at their own times. */
export interface SeededThread {
  groupId: string;
  title: string;
  posts: { authorId: string; body: string; at: Date }[];
}

/**
 * A group's discussion. Bodies are rich text reduced to the page-content allow-list before they are stored; a hidden
 * post is kept (for the record) and its text shown only to facilitators and admins.
 */
@Injectable()
export class DiscussionService {
  constructor(
    private readonly discussion: DiscussionRepository,
    private readonly access: DeveloperGroupAccess,
    private readonly threadNotifications: ThreadNotificationsService,
  ) {}

  async createThread(caller: AuthUser, groupId: string, input: CreateThreadDto): Promise<ThreadSummary> {
    const group = await this.access.inside(caller, groupId);
    const title = required(input.title, 'title');
    const body = richText(input.body);
    const id = await this.discussion.transaction((tx) =>
      this.discussion.insertThread(tx, {
        groupId,
        language: group.language,
        title,
        authorId: caller.id,
        body,
      }),
    );
    return this.summary(caller, id);
  }

  async listThreads(
    caller: AuthUser,
    groupId: string,
    query: ListThreadsQuery,
  ): Promise<ListResponse<ThreadSummary>> {
    const group = await this.access.inside(caller, groupId);
    const rows = await this.discussion.listThreads({
      callerId: caller.id,
      groupId,
      language: group.language,
      search: query.q?.trim() || null,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toThreadSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** The thread with its posts; opening it marks it read for the caller. */
  async thread(caller: AuthUser, id: string): Promise<ThreadResponse> {
    const { group } = await this.threadInside(caller, id);
    const [row, posts] = await Promise.all([
      this.discussion.findThread(id, caller.id),
      this.discussion.posts(id),
    ]);
    if (!row) throw developerGroupErrors.threadNotFound();
    await this.discussion.markRead(id, caller.id);
    return {
      ...toThreadSummary(row),
      groupName: row.group_name,
      posts: posts.map((p) => toPost(p, group.moderator)),
    };
  }

  async reply(caller: AuthUser, threadId: string, input: CreatePostDto): Promise<PostResponse> {
    const { group } = await this.threadInside(caller, threadId);
    const body = richText(input.body);
    const id = await this.discussion.transaction((tx) =>
      this.discussion.insertPost(tx, { threadId, language: group.language, authorId: caller.id, body }),
    );
    // The followers are told once the reply is committed; the author has their answer without waiting for it.
    void this.threadNotifications.replied(id);
    return this.post(id, group);
  }

  /** The author edits the text; facilitators and admins hide or show it. Outside the group the post is not there. */
  async updatePost(caller: AuthUser, id: string, input: UpdatePostDto): Promise<PostResponse> {
    const found = await this.discussion.findPost(id);
    const group = found && (await this.access.of(caller, found.group_id));
    if (!found || !group?.inside) throw developerGroupErrors.postNotFound();
    if (input.body === undefined && input.hidden === undefined) throw developerGroupErrors.bodyOrHidden();
    if (input.hidden !== undefined && !group.moderator) throw developerGroupErrors.hideByFacilitator();
    if (input.body !== undefined && found.author_id !== caller.id) throw developerGroupErrors.notAuthor();
    const body = input.body === undefined ? undefined : richText(input.body);
    await this.discussion.transaction(async (tx) => {
      if (body !== undefined) await this.discussion.editPost(tx, id, body);
      if (input.hidden !== undefined) await this.discussion.setHidden(tx, id, input.hidden, caller.id);
    });
    return this.post(id, group);
  }

  async follow(caller: AuthUser, threadId: string, following: boolean): Promise<ThreadSummary> {
    await this.threadInside(caller, threadId);
    await this.discussion.setFollowing(threadId, caller.id, following);
    return this.summary(caller, threadId);
  }

  /** Seeding contract (demo data): answers the thread's id; the first post opens it. */
  seedThread(seed: SeededThread, language: 'fi' | 'sv' | 'en'): Promise<string> {
    const [first, ...replies] = seed.posts;
    return this.discussion.transaction(async (tx) => {
      const id = await this.discussion.insertThread(tx, {
        groupId: seed.groupId,
        language,
        title: seed.title,
        authorId: first.authorId,
        body: sanitizeRichText(first.body),
        at: first.at,
      });
      for (const p of replies) {
        await this.discussion.insertPost(tx, {
          threadId: id,
          language,
          authorId: p.authorId,
          body: sanitizeRichText(p.body),
          at: p.at,
        });
      }
      return id;
    });
  }

  private async threadInside(caller: AuthUser, threadId: string): Promise<{ group: GroupAccess }> {
    const row = await this.discussion.findThread(threadId, caller.id);
    const group = row && (await this.access.of(caller, row.group_id));
    if (!row || !group?.inside) throw developerGroupErrors.threadNotFound();
    return { group };
  }

  private async summary(caller: AuthUser, id: string): Promise<ThreadSummary> {
    const row = await this.discussion.findThread(id, caller.id);
    if (!row) throw developerGroupErrors.threadNotFound();
    return toThreadSummary(row);
  }

  private async post(id: string, group: GroupAccess): Promise<PostResponse> {
    const row: PostRow | undefined = await this.discussion.findPost(id);
    if (!row) throw developerGroupErrors.postNotFound();
    return toPost(row, group.moderator);
  }
}

/** Rich text as page content allows it; text that holds no words once sanitised is refused. */
function richText(html: string): string {
  const clean = sanitizeRichText(html);
  if (isBlankText(clean)) throw developerGroupErrors.blank('body');
  return clean;
}
