import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CaseResponse,
  IndicatorResponse,
  ListResponse,
  ProcurementResponse,
  ProcurementSummary,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateIndicatorDto, CreateMeasurementDto } from './dto/indicator.dto';
import { CreateProcurementDto, ListProcurementsQueryDto, UpdateProcurementDto } from './dto/procurement.dto';
import { ProcurementsService } from './procurements.service';

/** The register: the organisation's people write theirs; change agents read their regions'; admins all. */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class ProcurementsController {
  constructor(private readonly procurements: ProcurementsService) {}

  @Roles()
  @Post()
  @ApiAnswer('ProcurementResponse')
  @ApiErrors('NOT_SAME_ORGANIZATION', 'NO_ORGANIZATION', 'ORGANIZATION_NOT_FOUND', 'NOT_FOUND')
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateProcurementDto): Promise<ProcurementResponse> {
    return this.procurements.create(caller, body);
  }

  @Roles()
  @Get()
  @ApiAnswer({ page: 'ProcurementSummary' })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ListProcurementsQueryDto,
  ): Promise<ListResponse<ProcurementSummary>> {
    return this.procurements.list(caller, query);
  }

  @Roles()
  @Get(':id')
  @ApiAnswer('ProcurementResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ProcurementResponse> {
    return this.procurements.get(caller, id);
  }

  @Roles()
  @Patch(':id')
  @ApiAnswer('ProcurementResponse')
  @ApiErrors('NOT_FOUND', 'NOT_SAME_ORGANIZATION')
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProcurementDto,
  ): Promise<ProcurementResponse> {
    return this.procurements.update(caller, id, body);
  }

  @Roles()
  @Delete(':id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_FOUND', 'NOT_SAME_ORGANIZATION')
  remove(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.procurements.remove(caller, id);
  }

  /** `400` when the target is not on the side the direction says. */
  @Roles()
  @Post(':id/indicators')
  @ApiAnswer('IndicatorResponse')
  @ApiErrors('NOT_FOUND', 'NOT_SAME_ORGANIZATION', 'VALIDATION_FAILED')
  addIndicator(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateIndicatorDto,
  ): Promise<IndicatorResponse> {
    return this.procurements.addIndicator(caller, id, body);
  }

  /** A completed procurement becomes a draft case of its organisation, once. */
  @Roles()
  @Post(':id/case')
  @ApiAnswer('CaseResponse')
  @ApiErrors(
    'NOT_FOUND',
    'NOT_SAME_ORGANIZATION',
    'PROCUREMENT_NOT_COMPLETED',
    'CASE_ALREADY_CREATED',
    'NO_ORGANIZATION',
    'ORGANIZATION_NOT_FOUND',
    'VALIDATION_FAILED',
  )
  toCase(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseResponse> {
    return this.procurements.toCase(caller, id);
  }
}

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly procurements: ProcurementsService) {}

  /** Answers the indicator with its measurements and progress; a second value of the same day replaces the first. */
  @Roles()
  @Post(':id/measurements')
  @ApiAnswer('IndicatorResponse')
  @ApiErrors('NOT_FOUND', 'NOT_SAME_ORGANIZATION', 'VALIDATION_FAILED')
  addMeasurement(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateMeasurementDto,
  ): Promise<IndicatorResponse> {
    return this.procurements.addMeasurement(caller, id, body);
  }
}
