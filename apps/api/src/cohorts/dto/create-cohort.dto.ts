import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { CohortWorkshopRequest, CreateCohortRequest, UpdateCohortRequest } from '@keino/contracts';

export class ModuleReleaseDto {
  @ApiProperty()
  @IsUUID()
  moduleId!: string;

  @ApiProperty({ example: '2026-09-15' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  releasesOn!: string;
}

export class CohortWorkshopDto implements CohortWorkshopRequest {
  @ApiProperty({ description: 'a workshop activity of the cohort’s course version' })
  @IsUUID()
  activityId!: string;

  @ApiProperty({ example: '2027-02-10T07:00:00Z' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  startsAt!: string;

  @ApiPropertyOptional({ nullable: true, description: 'omitted or null: the place the course gives' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  location?: string | null;
}

export class UpdateCohortDto implements UpdateCohortRequest {
  @ApiPropertyOptional({ example: 'Kevät 2027' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '2027-01-15' })
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(10)
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-06-15' })
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(10)
  endsOn?: string;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  approvalRequired?: boolean;

  @ApiPropertyOptional({ description: 'enrolments close at this instant; unset: when the cohort ends' })
  @IsOptional()
  @IsISO8601({ strict: true })
  enrollmentClosesAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  trainerIds?: string[];

  @ApiPropertyOptional({ type: [ModuleReleaseDto], description: 'the date each module opens in this cohort' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ModuleReleaseDto)
  moduleReleases?: ModuleReleaseDto[];

  @ApiPropertyOptional({
    type: [CohortWorkshopDto],
    description:
      'when each workshop meets in this cohort (replaces the list); workshops not listed meet when the course says',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CohortWorkshopDto)
  workshops?: CohortWorkshopDto[];

  @ApiPropertyOptional({ nullable: true, description: 'where the cohort meets; null: the course’s place' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'the cohort’s online meeting link; null: none' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ description: 'create or rename even though another cohort has this name' })
  @IsOptional()
  @IsBoolean()
  allowDuplicateName?: boolean;
}

export class CreateCohortDto extends UpdateCohortDto implements CreateCohortRequest {
  @ApiProperty()
  @IsUUID()
  courseId!: string;

  @ApiProperty({ example: 'Kevät 2027' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  declare name: string;

  @ApiProperty({ example: '2027-01-15' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  declare startsOn: string;

  @ApiProperty({ example: '2027-06-15' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  declare endsOn: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  declare capacity: number;

  @ApiProperty()
  @IsBoolean()
  declare approvalRequired: boolean;
}
