import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { PageQueryDto } from '../../common/pagination/page.query';

export class ListCohortsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['open', 'mine', 'all'],
    description:
      'open: taking enrolments; mine: taking part or running; all (default): both, or every cohort for admins',
  })
  @IsOptional()
  @IsIn(['open', 'mine', 'all'])
  scope?: 'open' | 'mine' | 'all';
}
