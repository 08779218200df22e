import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  GroupBoardResponse,
  GroupResponse,
  ListResponse,
  MentorResponse,
  MentoringTeam,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateGroupDto, SetMentorDto, UpdateGroupDto } from './dto/group.dto';
import { GroupsService } from './groups.service';
import { MentoringService } from './mentoring.service';

/** Small groups of a cohort's organisations, their coaches, the organisations' mentors, and the staff's own teams. */
@ApiTags('groups')
@ApiBearerAuth()
@Controller()
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly mentoring: MentoringService,
  ) {}

  @Roles()
  @Post('cohorts/:id/groups')
  @ApiOperation({
    summary: 'Form a small group of the cohort’s organisations (the cohort’s trainers, admin)',
    description:
      '409 NOT_STAFF for a coach who is not a trainer or admin; 409 ORGANIZATION_IN_OTHER_GROUP; 409 NOT_IN_COHORT for an organisation without an active or completed enrolment',
  })
  @ApiAnswer('GroupResponse')
  @ApiErrors(
    'FORBIDDEN',
    'NOT_FOUND',
    'NOT_IN_COHORT',
    'NOT_STAFF',
    'ORGANIZATION_IN_OTHER_GROUP',
    'VALIDATION_FAILED',
  )
  create(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Body() body: CreateGroupDto,
  ): Promise<GroupResponse> {
    return this.groups.create(caller, cohortId, body);
  }

  @Roles()
  @Get('cohorts/:id/groups')
  @ApiOperation({
    summary:
      'The cohort’s small groups (trainers, admin, its coaches and mentors; a participant sees their own)',
  })
  @ApiAnswer({ page: 'GroupResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: PageQueryDto,
  ): Promise<ListResponse<GroupResponse>> {
    return this.groups.list(caller, cohortId, query);
  }

  @Roles()
  @Get('cohorts/:id/group-board')
  @ApiOperation({
    summary: 'The staff and the cohort’s organisations to form groups from (the cohort’s trainers, admin)',
  })
  @ApiAnswer('GroupBoardResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND')
  board(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
  ): Promise<GroupBoardResponse> {
    return this.groups.board(caller, cohortId);
  }

  @Roles()
  @Patch('groups/:id')
  @ApiOperation({
    summary: 'Rename a group, change its coaches or organisations (the cohort’s trainers, admin)',
    description:
      'The same rules as forming one; an organisation moved out keeps its placement in the history',
  })
  @ApiAnswer('GroupResponse')
  @ApiErrors(
    'FORBIDDEN',
    'NOT_FOUND',
    'NOT_IN_COHORT',
    'NOT_STAFF',
    'ORGANIZATION_IN_OTHER_GROUP',
    'VALIDATION_FAILED',
  )
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) groupId: string,
    @Body() body: UpdateGroupDto,
  ): Promise<GroupResponse> {
    return this.groups.update(caller, groupId, body);
  }

  @Roles()
  @Put('cohorts/:id/mentors/:organizationId')
  @ApiOperation({ summary: 'Name the organisation’s mentor in the cohort (the cohort’s trainers, admin)' })
  @ApiAnswer('MentorResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'NOT_IN_COHORT', 'NOT_STAFF', 'VALIDATION_FAILED')
  setMentor(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Param('organizationId', ParseUUIDPipe) organizationId: string,
    @Body() body: SetMentorDto,
  ): Promise<MentorResponse> {
    return this.groups.setMentor(caller, cohortId, organizationId, body.mentorId);
  }

  @Roles()
  @Get('me/mentoring')
  @ApiOperation({ summary: 'The teams the caller coaches or mentors, with their figures' })
  @ApiAnswer({ page: 'MentoringTeam' })
  mine(@CurrentUser() caller: AuthUser, @Query() query: PageQueryDto): Promise<ListResponse<MentoringTeam>> {
    return this.mentoring.list(caller, query);
  }
}
