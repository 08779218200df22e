import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  isValidCpvCode,
  MAX_PROCUREMENT_VALUE_EUR,
  NOVELTIES,
  ORGANIZATION_KINDS,
  PROCUREMENT_PROCEDURES,
  PROCUREMENT_STATUSES,
  REGION_CODES,
  SUSTAINABILITY_ASPECTS,
  type CreateProcurementRequest,
  type InnovationReportQuery,
  type ListProcurementsQuery,
  type Novelty,
  type OrganizationKind,
  type ProcurementProcedure,
  type ProcurementStatus,
  type RegionCode,
  type SustainabilityAspect,
  type UpdateProcurementRequest,
} from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

// Text is trimmed before it is checked, so "   " is as empty as "".
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// A field of an update may be left out; null is refused.
const present = (_: object, value: unknown) => value !== undefined;

@ValidatorConstraint({ name: 'cpvCode' })
class CpvCodeRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isValidCpvCode(value);
  }
  defaultMessage(): string {
    return 'cpvCode must be a CPV code such as 45000000-7 (eight digits of a CPV division, a dash, the check digit)';
  }
}

/** Every field optional: PATCH changes what it names. */
export class UpdateProcurementDto implements UpdateProcurementRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'rich text, sanitised like page content' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ example: '45000000-7' })
  @ValidateIf(present)
  @Transform(trim)
  @Validate(CpvCodeRule)
  cpvCode?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_PROCUREMENT_VALUE_EUR, description: 'euros' })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(MAX_PROCUREMENT_VALUE_EUR)
  valueEur?: number;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @ValidateIf(present)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: PROCUREMENT_PROCEDURES })
  @ValidateIf(present)
  @IsIn(PROCUREMENT_PROCEDURES)
  procedure?: ProcurementProcedure;

  @ApiPropertyOptional({ enum: PROCUREMENT_STATUSES })
  @ValidateIf(present)
  @IsIn(PROCUREMENT_STATUSES)
  status?: ProcurementStatus;

  @ApiPropertyOptional({ enum: NOVELTIES })
  @ValidateIf(present)
  @IsIn(NOVELTIES)
  novelty?: Novelty;

  @ApiPropertyOptional({ enum: SUSTAINABILITY_ASPECTS, isArray: true })
  @ValidateIf(present)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SUSTAINABILITY_ASPECTS.length)
  @IsIn(SUSTAINABILITY_ASPECTS, { each: true })
  sustainability?: SustainabilityAspect[];

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  marketDialogue?: boolean;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  strategic?: boolean;
}

export class CreateProcurementDto implements CreateProcurementRequest {
  @ApiPropertyOptional({ description: 'admins only: the organisation the procurement is of' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'rich text, sanitised like page content' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiProperty({ example: '45000000-7' })
  @Transform(trim)
  @Validate(CpvCodeRule)
  cpvCode!: string;

  @ApiProperty({ minimum: 0, maximum: MAX_PROCUREMENT_VALUE_EUR, description: 'euros' })
  @IsInt()
  @Min(0)
  @Max(MAX_PROCUREMENT_VALUE_EUR)
  valueEur!: number;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ enum: PROCUREMENT_PROCEDURES })
  @IsIn(PROCUREMENT_PROCEDURES)
  procedure!: ProcurementProcedure;

  @ApiProperty({ enum: PROCUREMENT_STATUSES })
  @IsIn(PROCUREMENT_STATUSES)
  status!: ProcurementStatus;

  @ApiProperty({ enum: NOVELTIES })
  @IsIn(NOVELTIES)
  novelty!: Novelty;

  @ApiProperty({ enum: SUSTAINABILITY_ASPECTS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SUSTAINABILITY_ASPECTS.length)
  @IsIn(SUSTAINABILITY_ASPECTS, { each: true })
  sustainability!: SustainabilityAspect[];

  @ApiProperty()
  @IsBoolean()
  marketDialogue!: boolean;

  @ApiProperty()
  @IsBoolean()
  strategic!: boolean;
}

export class ListProcurementsQueryDto extends PageQueryDto implements ListProcurementsQuery {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: NOVELTIES })
  @IsOptional()
  @IsIn(NOVELTIES)
  novelty?: Novelty;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;
}

export class InnovationReportQueryDto implements InnovationReportQuery {
  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
}
