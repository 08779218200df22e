import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EMAIL_STATUSES, type EmailStatus } from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class ListOutboxQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: EMAIL_STATUSES })
  @IsOptional()
  @IsIn(EMAIL_STATUSES)
  status?: EmailStatus;

  @ApiPropertyOptional({ description: 'part of the recipient’s address or of the subject' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
