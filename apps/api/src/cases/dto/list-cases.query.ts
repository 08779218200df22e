import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CASE_THEMES,
  ORGANIZATION_KINDS,
  REGION_CODES,
  type CaseTheme,
  type OrganizationKind,
  type RegionCode,
} from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class ListCasesQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'full-text search (words, "a phrase", -not, or)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CASE_THEMES })
  @IsOptional()
  @IsIn(CASE_THEMES)
  theme?: CaseTheme;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({
    enum: ['published', 'drafts'],
    default: 'published',
    description: 'drafts: of my organisation',
  })
  @IsOptional()
  @IsIn(['published', 'drafts'])
  scope: 'published' | 'drafts' = 'published';
}
