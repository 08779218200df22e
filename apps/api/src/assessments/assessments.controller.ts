import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  AssessmentBenchmarkResponse,
  EnrollmentAssessmentsResponse,
  ImpactReportResponse,
  MaturityModelResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { AssessmentsService } from './assessments.service';
import { BenchmarkService } from './benchmark.service';
import { ImpactQueryDto, SaveAssessmentDto, UpdateMaturityModelDto } from './dto/assessment.dto';
import { ImpactService } from './impact.service';

const PHASE_RULE =
  'The cohort’s course version’s first assessment activity (by activity order) measures the `start`, every later ' +
  'one the `end`.';

/** The maturity model: dimensions with five level descriptions in fi, sv and en. */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller('maturity-model')
export class MaturityModelController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Roles()
  @Get()
  @ApiOkResponse({
    description: 'MaturityModelResponse (libs/contracts): current dimensions in order, and archived',
  })
  @ApiAnswer('MaturityModelResponse')
  model(): Promise<MaturityModelResponse> {
    return this.assessments.model();
  }

  @Roles('admin')
  @Put()
  @ApiOperation({
    summary: 'Replace the current model',
    description:
      'The dimensions in order, each with its name and levels 1–5 in fi, sv and en (none empty). A dimension named ' +
      'by `id` is kept (its texts may change); one left out is archived when it has answers (so past impact stays) ' +
      'and deleted otherwise. 400 UNKNOWN_DIMENSION, DUPLICATE_DIMENSION.',
  })
  @ApiAnswer('MaturityModelResponse')
  @ApiErrors('DUPLICATE_DIMENSION', 'MODEL_CHANGED', 'UNKNOWN_DIMENSION')
  update(@Body() body: UpdateMaturityModelDto): Promise<MaturityModelResponse> {
    return this.assessments.updateModel(body);
  }
}

/** A participant's answers at the start and the end of a cohort. */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller('enrollments/:id/assessments')
export class EnrollmentAssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Roles()
  @Get()
  @ApiOperation({
    summary: 'The enrolment’s self-assessment answers: start, end and the follow-up a year on',
    description: `The participant, their organisation’s coordinator, the cohort’s trainers and admins. ${PHASE_RULE}`,
  })
  @ApiAnswer('EnrollmentAssessmentsResponse')
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EnrollmentAssessmentsResponse> {
    return this.assessments.forEnrollment(caller, id);
  }

  // Declared before ':activityId', so that 'follow-up' is never read as an activity id.
  @Roles()
  @Put('follow-up')
  @ApiOperation({
    summary: 'Answer (or revise) the follow-up, a year after the cohort ended',
    description:
      'The participant only (403 for others who see the enrolment), one answer (level 1–5) for every current ' +
      'dimension (400 ASSESSMENT_INCOMPLETE, UNKNOWN_DIMENSION), the enrolment active or completed (409 ' +
      'ENROLLMENT_NOT_ACTIVE). The window, in Finnish days: from the cohort’s end date + 11 months (409 ' +
      'FOLLOW_UP_NOT_OPEN before) until the end date + 15 months − 1 day (409 FOLLOW_UP_CLOSED after). The follow-up ' +
      'belongs to no activity and completes none.',
  })
  @ApiAnswer('EnrollmentAssessmentsResponse')
  @ApiErrors(
    'ASSESSMENT_INCOMPLETE',
    'DUPLICATE_DIMENSION',
    'ENROLLMENT_NOT_ACTIVE',
    'FOLLOW_UP_CLOSED',
    'FOLLOW_UP_NOT_OPEN',
    'FORBIDDEN',
    'NOT_FOUND',
    'UNKNOWN_DIMENSION',
  )
  saveFollowUp(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveAssessmentDto,
  ): Promise<EnrollmentAssessmentsResponse> {
    return this.assessments.saveFollowUp(caller, id, body);
  }

  @Roles()
  @Put(':activityId')
  @ApiOperation({
    summary: 'Answer (or revise) the phase that this assessment activity measures',
    description:
      `${PHASE_RULE} The participant only (403 for others who see the enrolment), one answer (level 1–5) for every ` +
      'current dimension (400 ASSESSMENT_INCOMPLETE, UNKNOWN_DIMENSION). The enrolment must be active or completed ' +
      '(409 ENROLLMENT_NOT_ACTIVE), the cohort not ended (409 COHORT_ENDED: answers can be revised until the end date) ' +
      'and the module released (409 MODULE_NOT_RELEASED). The end does not require the start; impact counts only ' +
      'participants with both. Answering completes the activity (once).',
  })
  @ApiAnswer('EnrollmentAssessmentsResponse')
  @ApiErrors(
    'ASSESSMENT_INCOMPLETE',
    'COHORT_ENDED',
    'DUPLICATE_DIMENSION',
    'ENROLLMENT_NOT_ACTIVE',
    'FORBIDDEN',
    'MODULE_NOT_RELEASED',
    'NOT_FOUND',
    'UNKNOWN_DIMENSION',
  )
  save(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @Body() body: SaveAssessmentDto,
  ): Promise<EnrollmentAssessmentsResponse> {
    return this.assessments.save(caller, id, activityId, body);
  }
}

const IMPACT_DESCRIPTION =
  'Per participant and dimension, end − start where both are answered, grouped by `group` (dimension, organization, ' +
  'cohort, region, participant): `n` participants with both, average start, end and change over participant × ' +
  'dimension pairs (2 decimals), and `startOnly`; a year on, `followUpN` participants with a start and a follow-up ' +
  'answer, `averageFollowUp` and `averageFollowUpChange` (follow-up − start) over those pairs. Admins see everything, trainers their cohorts, change agents the ' +
  `organisations of their regions, coordinators their own organisation; participants 403. ${PHASE_RULE}`;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Roles('admin', 'trainer', 'change_agent', 'coordinator')
  @Get('impact')
  @ApiOperation({ summary: 'The maturity self-assessment’s impact', description: IMPACT_DESCRIPTION })
  @ApiOkResponse({ description: 'ImpactReportResponse (libs/contracts)' })
  @ApiAnswer('ImpactReportResponse')
  report(@CurrentUser() caller: AuthUser, @Query() query: ImpactQueryDto): Promise<ImpactReportResponse> {
    return this.impact.report(caller, query);
  }

  @Roles('admin', 'trainer', 'change_agent', 'coordinator')
  @Get('impact.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The impact as CSV: a header row, then one row per group',
    description: IMPACT_DESCRIPTION,
  })
  @ApiAnswer({ file: ['text/csv'] })
  async csv(@CurrentUser() caller: AuthUser, @Query() query: ImpactQueryDto): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.impact.csv(caller, query)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="impact-${query.group ?? 'dimension'}.csv"`,
    });
  }

  @Roles('admin', 'trainer', 'change_agent', 'coordinator')
  @Get('impact.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The impact as an Excel workbook', description: IMPACT_DESCRIPTION })
  @ApiAnswer({ file: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] })
  async xlsx(@CurrentUser() caller: AuthUser, @Query() query: ImpactQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await this.impact.xlsx(caller, query), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="impact-${query.group ?? 'dimension'}.xlsx"`,
    });
  }
}

/** The self-assessment result beside comparable organisations'. */
@ApiTags('assessments')
@ApiBearerAuth()
@Controller('enrollments/:id/assessments/benchmark')
export class AssessmentBenchmarkController {
  constructor(private readonly benchmark: BenchmarkService) {}

  @Roles()
  @Get()
  @ApiOperation({
    summary: 'The organisation’s maturity per dimension beside other organisations’ (same kind; all)',
    description:
      'Those who see the enrolment’s answers. Each organisation’s level is the average of its people’s latest ' +
      'answers (end, else start); a peer average counts each other organisation once and is null when fewer than ' +
      'five other organisations answered.',
  })
  @ApiAnswer('AssessmentBenchmarkResponse')
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AssessmentBenchmarkResponse> {
    return this.benchmark.forEnrollment(caller, id);
  }
}
