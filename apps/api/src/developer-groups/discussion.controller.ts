import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, PostResponse, ThreadResponse, ThreadSummary } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { DiscussionService } from './discussion.service';
import {
  CreatePostDto,
  CreateThreadDto,
  FollowThreadDto,
  ListThreadsQuery,
  UpdatePostDto,
} from './dto/discussion.dto';

/** A group's discussion: people of member organisations, facilitators and admins; 404 for everyone else. */
@ApiTags('developer-groups')
@ApiBearerAuth()
@Controller()
export class DiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @Roles()
  @Post('developer-groups/:id/threads')
  @ApiOperation({ summary: 'Start a thread; `body` is its first post (rich text, sanitised)' })
  @ApiAnswer('ThreadSummary')
  @ApiErrors('NOT_FOUND', 'VALIDATION_FAILED')
  createThread(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateThreadDto,
  ): Promise<ThreadSummary> {
    return this.discussion.createThread(caller, id, body);
  }

  @Roles()
  @Get('developer-groups/:id/threads')
  @ApiOperation({
    summary: 'Threads, latest activity first; `q` searches titles and posts in the group’s language',
  })
  @ApiAnswer({ page: 'ThreadSummary' })
  @ApiErrors('NOT_FOUND')
  listThreads(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListThreadsQuery,
  ): Promise<ListResponse<ThreadSummary>> {
    return this.discussion.listThreads(caller, id, query);
  }

  @Roles()
  @Get('threads/:id')
  @ApiOperation({ summary: 'The thread and its posts, the first post first; marks it read for the caller' })
  @ApiAnswer('ThreadResponse')
  @ApiErrors('NOT_FOUND')
  thread(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ThreadResponse> {
    return this.discussion.thread(caller, id);
  }

  @Roles()
  @Post('threads/:id/posts')
  @ApiAnswer('PostResponse')
  @ApiErrors('NOT_FOUND', 'VALIDATION_FAILED')
  reply(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreatePostDto,
  ): Promise<PostResponse> {
    return this.discussion.reply(caller, id, body);
  }

  @Roles()
  @Put('threads/:id/follow')
  @ApiOperation({ summary: 'Follow a thread (replies notify) or stop following it' })
  @ApiAnswer('ThreadSummary')
  @ApiErrors('NOT_FOUND')
  follow(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FollowThreadDto,
  ): Promise<ThreadSummary> {
    return this.discussion.follow(caller, id, body.following);
  }

  @Roles()
  @Patch('posts/:id')
  @ApiOperation({
    summary: 'The author edits `body`; facilitators and admins set `hidden` (kept, never deleted)',
  })
  @ApiAnswer('PostResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  updatePost(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePostDto,
  ): Promise<PostResponse> {
    return this.discussion.updatePost(caller, id, body);
  }
}
