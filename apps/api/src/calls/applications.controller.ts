import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationResponse,
  ApplicationReviewResponse,
  SubmitApplicationResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApplicationsService } from './applications.service';
import { DecisionDto, ReviewDto, UpdateApplicationDto } from './dto/application.dto';
import { SelectionService } from './selection.service';

/** One organisation's application to a call: written by its people, reviewed, decided. */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly selection: SelectionService,
  ) {}

  @Roles()
  @Get(':id')
  @ApiAnswer('ApplicationResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationResponse> {
    return this.applications.get(caller, id);
  }

  /** `version`: the one the editor started from; `409 STALE_VERSION` when a colleague saved since. */
  @Roles()
  @Patch(':id')
  @ApiAnswer('ApplicationResponse')
  @ApiErrors(
    'NOT_FOUND',
    'NOT_SAME_ORGANIZATION',
    'STALE_VERSION',
    'APPLICATION_SUBMITTED',
    'VALIDATION_FAILED',
  )
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateApplicationDto,
  ): Promise<ApplicationResponse> {
    return this.applications.update(caller, id, body);
  }

  @Roles()
  @Post(':id/submit')
  @HttpCode(200)
  @ApiAnswer('SubmitApplicationResponse')
  @ApiErrors(
    'NOT_FOUND',
    'NOT_SAME_ORGANIZATION',
    'CALL_CLOSED',
    'APPLICATION_SUBMITTED',
    'APPLICATION_INCOMPLETE',
  )
  submit(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SubmitApplicationResponse> {
    return this.applications.submit(caller, id);
  }

  /** A second review by the same reviewer replaces the first. */
  @Roles('trainer', 'admin')
  @Put(':id/review')
  @ApiAnswer('ApplicationReviewResponse')
  @ApiErrors('NOT_FOUND', 'NOT_REVIEWER', 'CONFLICT_OF_INTEREST', 'ALREADY_DECIDED', 'VALIDATION_FAILED')
  review(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewDto,
  ): Promise<ApplicationReviewResponse> {
    return this.selection.review(caller, id, body);
  }

  @Roles('admin')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiAnswer('ApplicationResponse')
  @ApiErrors('NOT_FOUND', 'CALL_FULL', 'NOT_SUBMITTED', 'ALREADY_DECIDED')
  decide(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecisionDto,
  ): Promise<ApplicationResponse> {
    return this.selection.decide(caller, id, body);
  }
}
