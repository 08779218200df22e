import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AttendanceResponse, ListResponse, MeetingResponse, MyGroupMeeting } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateMeetingDto, SetAttendanceDto } from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

/** A small group's own meetings and who came. */
@ApiTags('groups')
@ApiBearerAuth()
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Roles()
  @Post('groups/:id/meetings')
  @ApiOperation({ summary: 'Schedule a meeting of the group (its coaches, the cohort’s trainers, admin)' })
  @ApiAnswer('MeetingResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  create(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) groupId: string,
    @Body() body: CreateMeetingDto,
  ): Promise<MeetingResponse> {
    return this.meetings.create(caller, groupId, body);
  }

  @Roles()
  @Get('groups/:id/meetings')
  @ApiOperation({
    summary: 'The group’s meetings (everyone who sees the group)',
    description: 'Those who record attendance also get `attendance` and the group’s `people`',
  })
  @ApiAnswer({ page: 'MeetingResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) groupId: string,
    @Query() query: PageQueryDto,
  ): Promise<ListResponse<MeetingResponse>> {
    return this.meetings.list(caller, groupId, query);
  }

  @Roles()
  @Get('me/group-meetings')
  @ApiOperation({ summary: 'The caller’s coming meetings of their teams’ small groups' })
  @ApiAnswer({ page: 'MyGroupMeeting' })
  mine(@CurrentUser() caller: AuthUser): Promise<ListResponse<MyGroupMeeting>> {
    return this.meetings.mine(caller);
  }

  @Roles()
  @Put('meetings/:id/attendance/:userId')
  @ApiOperation({
    summary: 'Record whether a person came (the group’s coaches, the cohort’s trainers, admin)',
    description: '404 for a person outside the group’s organisations',
  })
  @ApiAnswer('AttendanceResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  setAttendance(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) meetingId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: SetAttendanceDto,
  ): Promise<AttendanceResponse> {
    return this.meetings.setAttendance(caller, meetingId, userId, body.attended);
  }
}
