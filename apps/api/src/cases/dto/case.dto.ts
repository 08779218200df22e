import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  CASE_PROCEDURES,
  CASE_THEMES,
  LOCALES,
  type CaseProcedure,
  type CaseTheme,
  type CreateCaseCommentRequest,
  type CreateCaseRequest,
  type Locale,
  type UpdateCaseRequest,
} from '@keino/contracts';

// Every field may be left out of an update; null is refused except where it means "none" (the CPV code).
const present = (_: object, value: unknown) => value !== undefined;
const LONG = 10_000;

/** The editable fields, all optional: the draft is saved as it grows, publishing checks it is complete. */
export class UpdateCaseDto implements UpdateCaseRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf(present)
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @ValidateIf(present)
  @IsIn(LOCALES)
  language?: Locale;

  @ApiPropertyOptional({ description: 'what was bought' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(LONG)
  purchased?: string;

  @ApiPropertyOptional({ enum: CASE_PROCEDURES })
  @ValidateIf(present)
  @IsIn(CASE_PROCEDURES)
  procedure?: CaseProcedure;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @MaxLength(LONG)
  sustainabilityCriteria?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @MaxLength(LONG)
  innovationCriteria?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @MaxLength(LONG)
  results?: string;

  @ApiPropertyOptional({ enum: CASE_THEMES, isArray: true })
  @ValidateIf(present)
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CASE_THEMES.length)
  @IsIn(CASE_THEMES, { each: true })
  themes?: CaseTheme[];

  @ApiPropertyOptional({
    nullable: true,
    example: '45000000-7',
    description: 'CPV code (8 digits and a check digit)',
  })
  @IsOptional()
  @Matches(/^\d{8}-\d$/, { message: 'cpvCode must look like 45000000-7' })
  cpvCode?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsString()
  @MaxLength(120)
  contactName?: string;

  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined && value !== '')
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;
}

/** The same fields as an update; the title is required (checked by the service, as the fields above skip undefined). */
export class CreateCaseDto extends UpdateCaseDto implements Partial<CreateCaseRequest> {
  @ApiPropertyOptional({ description: 'admins only: the organisation the case is of' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class CreateCaseCommentDto implements CreateCaseCommentRequest {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  body!: string;
}
