import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  AtRiskParticipant,
  CohortTimelineResponse,
  ProgrammeOverviewResponse,
  ProgressGridResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ReportsService } from './reports.service';

const REPORT_ROLES = ['trainer', 'admin', 'change_agent'] as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('cohorts/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles(...REPORT_ROLES)
  @Get('report')
  @ApiOkResponse({ description: 'CohortReportResponse (libs/contracts)' })
  @ApiAnswer('CohortReportResponse')
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  async report(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const json = await this.reports.cohortReportJson(caller, id);
    // The database wrote the JSON; sent as it is, 10,000 participants are not parsed and serialised again.
    void reply.type('application/json; charset=utf-8');
    return json;
  }

  @Roles(...REPORT_ROLES)
  @Get('report.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  async csv(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    const csv = await this.reports.cohortCsv(caller, id);
    return new StreamableFile(Buffer.from(csv), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="cohort-${id}.csv"`,
    });
  }

  @Roles(...REPORT_ROLES)
  @Get('report.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiAnswer({ file: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] })
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  async xlsx(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.reports.cohortXlsx(caller, id), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="cohort-${id}.xlsx"`,
    });
  }

  /** Enrolments by status and cumulative completions per day or week: the dashboard's state and time charts. */
  @Roles(...REPORT_ROLES)
  @Get('report/timeline')
  @ApiOkResponse({ description: 'CohortTimelineResponse (libs/contracts)' })
  @ApiAnswer('CohortTimelineResponse')
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  timeline(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CohortTimelineResponse> {
    return this.reports.timeline(caller, id);
  }

  /** Participants × activities with completion dates: the trainers' progress grid and attendance sheet. */
  @Roles(...REPORT_ROLES)
  @Get('progress-grid')
  @ApiAnswer('ProgressGridResponse')
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  progressGrid(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ProgressGridResponse> {
    return this.reports.progressGrid(caller, id);
  }

  /** Active participants whose progress lags the modules already released. */
  @Roles(...REPORT_ROLES)
  @Get('at-risk')
  @ApiAnswer(['AtRiskParticipant'])
  @ApiErrors('NOT_FOUND', 'REPORT_FORBIDDEN')
  atRisk(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AtRiskParticipant[]> {
    return this.reports.atRisk(caller, id);
  }
}

/** Across cohorts: admins see the whole programme, change agents their regions' participants. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ProgrammeReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles('admin', 'change_agent')
  @Get('programme')
  @ApiOkResponse({ description: 'ProgrammeOverviewResponse (libs/contracts)' })
  @ApiAnswer('ProgrammeOverviewResponse')
  programme(@CurrentUser() caller: AuthUser): Promise<ProgrammeOverviewResponse> {
    return this.reports.programme(caller);
  }

  @Roles('admin', 'change_agent')
  @Get('programme.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  async programmeCsv(@CurrentUser() caller: AuthUser): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.reports.programmeCsv(caller)), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="programme.csv"',
    });
  }
}
