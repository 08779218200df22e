import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseCommentResponse, CaseResponse, CaseSummary, ListResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CasesService } from './cases.service';
import { CreateCaseCommentDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

/** Every signed-in user reads published cases; the organisation's people write theirs. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Roles()
  @Post()
  @ApiAnswer('CaseResponse')
  @ApiErrors(
    'NOT_FOUND',
    'NOT_SAME_ORGANIZATION',
    'NO_ORGANIZATION',
    'ORGANIZATION_NOT_FOUND',
    'VALIDATION_FAILED',
  )
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateCaseDto): Promise<CaseResponse> {
    return this.cases.create(caller, body);
  }

  @Roles()
  @Get()
  @ApiAnswer({ page: 'CaseSummary' })
  list(@CurrentUser() caller: AuthUser, @Query() query: ListCasesQuery): Promise<ListResponse<CaseSummary>> {
    return this.cases.list(caller, query);
  }

  @Roles()
  @Get(':id')
  @ApiAnswer('CaseResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseResponse> {
    return this.cases.get(caller, id);
  }

  @Roles()
  @Patch(':id')
  @ApiAnswer('CaseResponse')
  @ApiErrors('NOT_FOUND', 'NOT_SAME_ORGANIZATION')
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseResponse> {
    return this.cases.update(caller, id, body);
  }

  /** `409 CASE_INCOMPLETE` names what is still empty. */
  @Roles()
  @Post(':id/publish')
  @ApiAnswer('CaseResponse')
  @ApiErrors('CASE_INCOMPLETE', 'NOT_FOUND', 'NOT_SAME_ORGANIZATION')
  publish(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseResponse> {
    return this.cases.publish(caller, id);
  }

  @Roles()
  @Get(':id/comments')
  @ApiAnswer(['CaseCommentResponse'])
  @ApiErrors('NOT_FOUND')
  comments(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseCommentResponse[]> {
    return this.cases.comments(caller, id);
  }

  @Roles()
  @Post(':id/comments')
  @ApiAnswer('CaseCommentResponse')
  @ApiErrors('NOT_FOUND', 'VALIDATION_FAILED')
  comment(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateCaseCommentDto,
  ): Promise<CaseCommentResponse> {
    return this.cases.comment(caller, id, body);
  }
}
