import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CohortDetailResponse, CohortResponse, ListResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CohortsService } from './cohorts.service';
import { CreateCohortDto, UpdateCohortDto } from './dto/create-cohort.dto';
import { ListCohortsQuery } from './dto/list-cohorts.query';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  /**
   * On the course's latest published version; `409 COURSE_NOT_PUBLISHED` before the first. A workshop without a time
   * of the cohort's own must fall within its dates (`400 WORKSHOP_DATE_REQUIRED`); another cohort's name needs
   * `allowDuplicateName` (`409 COHORT_NAME_TAKEN`).
   */
  @Roles('admin')
  @Post()
  @ApiAnswer('CohortResponse')
  @ApiErrors(
    'COURSE_NOT_PUBLISHED',
    'NOT_A_TRAINER',
    'NOT_FOUND',
    'UNKNOWN_MODULE',
    'UNKNOWN_WORKSHOP',
    'VALIDATION_FAILED',
    'WORKSHOP_OUTSIDE_COHORT',
    'WORKSHOP_DATE_REQUIRED',
    'COHORT_NAME_TAKEN',
  )
  create(@Body() body: CreateCohortDto): Promise<CohortResponse> {
    return this.cohorts.create(body);
  }

  @Roles()
  @Get()
  @ApiAnswer({ page: 'CohortResponse' })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ListCohortsQuery,
  ): Promise<ListResponse<CohortResponse>> {
    return this.cohorts.list(caller, query);
  }

  @Roles()
  @Get(':id')
  @ApiAnswer('CohortDetailResponse')
  @ApiErrors('NOT_FOUND')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CohortDetailResponse> {
    return this.cohorts.get(caller, id);
  }

  /**
   * Name, dates, capacity (not below the seats taken; raising it promotes the waitlist), trainers, releases,
   * workshops, place and online link; new dates must still hold every workshop.
   */
  @Roles('admin')
  @Patch(':id')
  @ApiAnswer('CohortResponse')
  @ApiErrors(
    'CAPACITY_BELOW_SEATS',
    'NOT_A_TRAINER',
    'NOT_FOUND',
    'UNKNOWN_MODULE',
    'UNKNOWN_WORKSHOP',
    'VALIDATION_FAILED',
    'WORKSHOP_OUTSIDE_COHORT',
    'WORKSHOP_DATE_REQUIRED',
    'COHORT_NAME_TAKEN',
  )
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortResponse> {
    return this.cohorts.update(caller.id, id, body);
  }
}
