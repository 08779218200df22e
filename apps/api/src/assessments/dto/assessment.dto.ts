import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IMPACT_GROUPS,
  REGION_CODES,
  type AssessmentAnswer,
  type ImpactGroup,
  type ImpactQuery,
  type LocalizedText,
  type MaturityDimensionInput,
  type RegionCode,
  type SaveAssessmentRequest,
  type UpdateMaturityModelRequest,
} from '@keino/contracts';

const NOT_BLANK = /\S/;

/** Every language filled in: the model is shown to participants in fi, sv and en. */
export class LocalizedTextDto implements LocalizedText {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'fi must not be empty' })
  @MaxLength(1000)
  fi!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'sv must not be empty' })
  @MaxLength(1000)
  sv!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'en must not be empty' })
  @MaxLength(1000)
  en!: string;
}

export class MaturityDimensionDto implements MaturityDimensionInput {
  @ApiPropertyOptional({ description: 'an existing dimension to keep; leave out for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiProperty({ type: [LocalizedTextDto], minItems: 5, maxItems: 5, description: 'levels 1 to 5, in order' })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextDto)
  levels!: LocalizedTextDto[];
}

export class UpdateMaturityModelDto implements UpdateMaturityModelRequest {
  @ApiProperty({ type: [MaturityDimensionDto], minItems: 1, maxItems: 30 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MaturityDimensionDto)
  dimensions!: MaturityDimensionDto[];
}

export class AssessmentAnswerDto implements AssessmentAnswer {
  @ApiProperty()
  @IsUUID()
  dimensionId!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;
}

export class SaveAssessmentDto implements SaveAssessmentRequest {
  @ApiProperty({ type: [AssessmentAnswerDto], description: 'one answer for every current dimension' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AssessmentAnswerDto)
  answers!: AssessmentAnswerDto[];
}

export class ImpactQueryDto implements ImpactQuery {
  @ApiPropertyOptional({ enum: IMPACT_GROUPS, default: 'dimension' })
  @IsOptional()
  @IsIn(IMPACT_GROUPS)
  group?: ImpactGroup;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;
}
