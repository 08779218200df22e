import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CohortDetailResponse, CohortResponse, ListResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { CohortsService } from './cohorts.service';
import { CreateCohortDto, UpdateCohortDto } from './dto/create-cohort.dto';
import { ListCohortsQuery } from './dto/list-cohorts.query';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  /** On the course's latest published version; `409 COURSE_NOT_PUBLISHED` before the first. */
  @Roles('admin')
  @Post()
  create(@Body() body: CreateCohortDto): Promise<CohortResponse> {
    return this.cohorts.create(body);
  }

  @Roles()
  @Get()
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ListCohortsQuery,
  ): Promise<ListResponse<CohortResponse>> {
    return this.cohorts.list(caller, query);
  }

  @Roles()
  @Get(':id')
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CohortDetailResponse> {
    return this.cohorts.get(caller, id);
  }

  /** Name, dates, capacity (not below the seats taken; raising it promotes the waitlist), trainers, releases. */
  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortResponse> {
    return this.cohorts.update(caller.id, id, body);
  }
}
