import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CALL_LIMITS,
  ORGANIZATION_KINDS,
  REGION_CODES,
  APPLICATION_STATUSES,
  type AddReviewerRequest,
  type ApplicationStatus,
  type CallCriterion,
  type CreateCallRequest,
  type OrganizationKind,
  type RegionCode,
} from '@keino/contracts';

import { INT4_MAX } from '../../common/http/hostile-input';
import { PageQueryDto } from '../../common/pagination/page.query';

export class CallCriterionDto implements CallCriterion {
  @ApiProperty({ pattern: '^[A-Za-z0-9_-]{1,40}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'criteria key is 1–40 letters, digits, _ or -' })
  key!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ minimum: 1, maximum: CALL_LIMITS.weight })
  @IsInt()
  @Min(1)
  @Max(CALL_LIMITS.weight)
  weight!: number;
}

export class CreateCallDto implements CreateCallRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  opensAt!: string;

  @ApiProperty({ format: 'date-time', description: 'after opensAt' })
  @IsISO8601({ strict: true })
  closesAt!: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  maxOrganizations!: number;

  @ApiProperty({ type: [CallCriterionDto], minItems: 1, maxItems: CALL_LIMITS.criteria })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CALL_LIMITS.criteria)
  @ValidateNested({ each: true })
  @Type(() => CallCriterionDto)
  criteria!: CallCriterionDto[];
}

export class AddReviewerDto implements AddReviewerRequest {
  @ApiProperty({ format: 'uuid', description: 'a trainer or an admin' })
  @IsUUID()
  userId!: string;
}

export class ListApplicationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
}
