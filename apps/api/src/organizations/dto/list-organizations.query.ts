import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORGANIZATION_KINDS, REGION_CODES, type OrganizationKind, type RegionCode } from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class ListOrganizationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ description: 'part of the name or the business ID' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class MembersQuery {
  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
