import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationResponse,
  ApplicationSummary,
  CallResponse,
  CallReviewer,
  ListResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../common/pagination/page.query';
import { ApplicationsService } from './applications.service';
import { CallExportService } from './call-export.service';
import { CallsService } from './calls.service';
import { CreateApplicationDto } from './dto/application.dto';
import { AddReviewerDto, CreateCallDto, ListApplicationsQuery } from './dto/call.dto';
import { SelectionService } from './selection.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Calls for applications: admins open them, organisations apply, reviewers and admins see the applications. */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly applications: ApplicationsService,
    private readonly selection: SelectionService,
    private readonly exports: CallExportService,
  ) {}

  @Roles('admin')
  @Post()
  @ApiAnswer('CallResponse')
  @ApiErrors('NOT_FOUND', 'VALIDATION_FAILED')
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateCallDto): Promise<CallResponse> {
    return this.calls.create(caller, body);
  }

  /** Calls open now (and those the caller reviews); admins see every call. */
  @Roles()
  @Get()
  @ApiAnswer({ page: 'CallResponse' })
  list(@CurrentUser() caller: AuthUser, @Query() page: PageQueryDto): Promise<ListResponse<CallResponse>> {
    return this.calls.list(caller, page);
  }

  @Roles()
  @Get(':id')
  @ApiAnswer('CallResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CallResponse> {
    return this.calls.get(caller, id);
  }

  /** A draft for the caller's own organisation; `409 APPLICATION_EXISTS` when it has one. */
  @Roles('participant', 'coordinator')
  @Post(':id/applications')
  @ApiAnswer('ApplicationResponse')
  @ApiErrors('NOT_FOUND', 'FORBIDDEN', 'CALL_CLOSED', 'APPLICATION_EXISTS', 'VALIDATION_FAILED')
  apply(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateApplicationDto,
  ): Promise<ApplicationResponse> {
    return this.applications.create(caller, id, body);
  }

  @Roles('admin')
  @Post(':id/reviewers')
  @ApiAnswer('CallReviewer')
  @ApiErrors('NOT_FOUND', 'NOT_STAFF')
  addReviewer(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddReviewerDto,
  ): Promise<CallReviewer> {
    return this.calls.addReviewer(caller, id, body.userId);
  }

  @Roles('admin', 'trainer', 'change_agent')
  @Get(':id/applications')
  @ApiAnswer({ page: 'ApplicationSummary' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN')
  listApplications(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListApplicationsQuery,
  ): Promise<ListResponse<ApplicationSummary>> {
    return this.selection.list(caller, id, query);
  }

  /** The ranked applications with their scores per criterion, for the selection meeting. */
  @Roles('admin')
  @Get(':id/applications.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  @ApiErrors('NOT_FOUND')
  async csv(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.exports.csv(caller, id)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="call-${id}.csv"`,
    });
  }

  @Roles('admin')
  @Get(':id/applications.xlsx')
  @ApiProduces(XLSX)
  @ApiAnswer({ file: [XLSX] })
  @ApiErrors('NOT_FOUND')
  async xlsx(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.xlsx(caller, id), {
      type: XLSX,
      disposition: `attachment; filename="call-${id}.xlsx"`,
    });
  }
}
