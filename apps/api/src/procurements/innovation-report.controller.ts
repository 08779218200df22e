import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { InnovationReportResponse, OpenInnovationData } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { InnovationReportQueryDto } from './dto/procurement.dto';
import { InnovationReportService } from './innovation-report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The year's innovation figures: aggregates for everyone signed in, organisations one by one as the caller may. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class InnovationReportController {
  constructor(private readonly reports: InnovationReportService) {}

  @Roles()
  @Get('innovation')
  @ApiAnswer('InnovationReportResponse')
  report(
    @CurrentUser() caller: AuthUser,
    @Query() query: InnovationReportQueryDto,
  ): Promise<InnovationReportResponse> {
    return this.reports.report(caller, query);
  }

  @Roles('admin', 'change_agent')
  @Get('innovation.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  async csv(
    @CurrentUser() caller: AuthUser,
    @Query() query: InnovationReportQueryDto,
  ): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.reports.csv(caller, query)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="innovation-${query.year}.csv"`,
    });
  }

  @Roles('admin', 'change_agent')
  @Get('innovation.xlsx')
  @ApiProduces(XLSX)
  @ApiAnswer({ file: [XLSX] })
  async xlsx(
    @CurrentUser() caller: AuthUser,
    @Query() query: InnovationReportQueryDto,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.reports.xlsx(caller, query), {
      type: XLSX,
      disposition: `attachment; filename="innovation-${query.year}.xlsx"`,
    });
  }
}

/** Open data: the national aggregates without sign-in, no organisation named, under CC BY 4.0. */
@ApiTags('open data')
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly reports: InnovationReportService) {}

  @Public()
  @Get('innovation.json')
  @ApiAnswer('OpenInnovationData')
  openData(@Query() query: InnovationReportQueryDto): Promise<OpenInnovationData> {
    return this.reports.openData(query);
  }

  @Public()
  @Get('innovation.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  async openDataCsv(@Query() query: InnovationReportQueryDto): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.reports.openDataCsv(query)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="innovation-${query.year}-open-data.csv"`,
    });
  }
}
