import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  EnrollmentResponse,
  ListResponse,
  MyEnrollmentResponse,
  MyOverviewResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateEnrollmentDto, ListEnrollmentsQuery, UpdateEnrollmentDto } from './dto/enrollment.dto';
import { EnrollmentsService } from './enrollments.service';
import { OverviewService } from './overview.service';

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller()
export class EnrollmentsController {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly overview: OverviewService,
  ) {}

  /** `status` is `active`, `pending` (needs approval) or `waitlisted` (full). */
  @Roles('participant', 'coordinator', 'admin')
  @Post('cohorts/:id/enrollments')
  @ApiAnswer('EnrollmentResponse')
  @ApiErrors('ALREADY_ENROLLED', 'ENROLLMENT_CLOSED', 'FORBIDDEN', 'NOT_FOUND', 'NOT_SAME_ORGANIZATION')
  enrol(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Body() body: CreateEnrollmentDto,
  ): Promise<EnrollmentResponse> {
    return this.enrollments.enrol(caller, cohortId, body.userId);
  }

  @Roles('trainer', 'admin')
  @Get('cohorts/:id/enrollments')
  @ApiAnswer({ page: 'EnrollmentResponse' })
  @ApiErrors('NOT_COHORT_TRAINER', 'NOT_FOUND')
  listForCohort(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) cohortId: string,
    @Query() query: ListEnrollmentsQuery,
  ): Promise<ListResponse<EnrollmentResponse>> {
    return this.enrollments.listForCohort(caller, cohortId, query);
  }

  @Roles()
  @Patch('enrollments/:id')
  @ApiAnswer('EnrollmentResponse')
  @ApiErrors('FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND')
  changeStatus(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateEnrollmentDto,
  ): Promise<EnrollmentResponse> {
    return this.enrollments.changeStatus(caller, id, body.status);
  }

  /** A team's enrolments: the organisation's coordinators, change agents of its region, admins. */
  @Roles('coordinator', 'change_agent', 'admin')
  @Get('organizations/:id/enrollments')
  @ApiAnswer({ page: 'MyEnrollmentResponse' })
  @ApiErrors('NOT_FOUND')
  listForOrganization(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) organizationId: string,
    @Query() page: PageQueryDto,
  ): Promise<ListResponse<MyEnrollmentResponse>> {
    return this.enrollments.listForOrganization(caller, organizationId, page);
  }

  @Roles()
  @Get('me/enrollments')
  @ApiAnswer({ page: 'MyEnrollmentResponse' })
  listMine(
    @CurrentUser() caller: AuthUser,
    @Query() page: PageQueryDto,
  ): Promise<ListResponse<MyEnrollmentResponse>> {
    return this.enrollments.listMine(caller, page);
  }

  @Roles()
  @Get('me/overview')
  @ApiOperation({
    summary: 'The caller’s overview: per active enrolment what is next, what is late, percent and team',
  })
  @ApiOkResponse({ description: 'MyOverviewResponse (libs/contracts)' })
  @ApiAnswer('MyOverviewResponse')
  myOverview(@CurrentUser() caller: AuthUser): Promise<MyOverviewResponse> {
    return this.overview.forCaller(caller);
  }
}
