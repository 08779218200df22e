import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ActivityProgressResponse, ProgressResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { UpdateProgressDto } from './dto/update-progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@ApiBearerAuth()
@Controller('enrollments/:id/progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /** The participant; workshop attendance: the cohort's trainers. Repeating a call changes nothing. */
  @Roles()
  @Put(':activityId')
  @ApiAnswer('ActivityProgressResponse')
  @ApiErrors(
    'ATTENDANCE_BY_TRAINER',
    'COMPLETED_BY_ANSWERS',
    'COMPLETED_BY_APPROVAL',
    'ENROLLMENT_NOT_ACTIVE',
    'FORBIDDEN',
    'MODULE_NOT_RELEASED',
    'NOT_FOUND',
  )
  record(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) enrollmentId: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @Body() body: UpdateProgressDto,
  ): Promise<ActivityProgressResponse> {
    return this.progress.record(caller, enrollmentId, activityId, body.state);
  }

  @Roles()
  @Get()
  @ApiAnswer('ProgressResponse')
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) enrollmentId: string,
  ): Promise<ProgressResponse> {
    return this.progress.get(caller, enrollmentId);
  }
}
