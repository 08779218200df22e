import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  APPLICATION_DECISIONS,
  CALL_LIMITS,
  TEAM_ROLES,
  type ApplicationDecision,
  type ApplicationSponsor,
  type DecisionRequest,
  type ReviewRequest,
  type TeamMember,
  type TeamRole,
  type UpdateApplicationRequest,
} from '@keino/contracts';

import { INT4_MAX } from '../../common/http/hostile-input';

// A draft grows field by field: each may be left out, none may be null.
const present = (_: object, value: unknown) => value !== undefined;
// An address being typed is saved as it is; submitting checks that it is one.
const typedEmail = (_: object, value: unknown) => value !== undefined && value !== '';

export class SponsorDto implements ApplicationSponsor {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ maxLength: 200, description: 'their position, e.g. the municipal manager' })
  @IsString()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 254 })
  @ValidateIf(typedEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class TeamMemberDto implements TeamMember {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ maxLength: 254 })
  @ValidateIf(typedEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: TEAM_ROLES })
  @IsIn(TEAM_ROLES)
  role!: TeamRole;
}

/** The fields of an application, each optional: the draft is saved as it grows, submitting checks it is complete. */
export class ApplicationFieldsDto {
  @ApiPropertyOptional({
    maxLength: CALL_LIMITS.richText,
    description: 'rich text: the task the team proposes',
  })
  @ValidateIf(present)
  @IsString()
  @MaxLength(CALL_LIMITS.richText)
  developmentTask?: string;

  @ApiPropertyOptional({ maxLength: CALL_LIMITS.richText })
  @ValidateIf(present)
  @IsString()
  @MaxLength(CALL_LIMITS.richText)
  motivation?: string;

  @ApiPropertyOptional({ type: SponsorDto })
  @ValidateIf(present)
  @IsObject()
  @ValidateNested()
  @Type(() => SponsorDto)
  sponsor?: SponsorDto;

  @ApiPropertyOptional({ type: [TeamMemberDto], maxItems: CALL_LIMITS.team })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(CALL_LIMITS.team)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  team?: TeamMemberDto[];
}

export class CreateApplicationDto extends ApplicationFieldsDto {}

export class UpdateApplicationDto extends ApplicationFieldsDto implements UpdateApplicationRequest {
  @ApiPropertyOptional({ minimum: 1, description: 'the version the editor started from' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  version?: number;
}

export class ReviewDto implements ReviewRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: CALL_LIMITS.score },
    description: 'a score 0–5 for every criterion key of the call',
  })
  @IsObject()
  scores!: Record<string, number>;

  @ApiPropertyOptional({ maxLength: CALL_LIMITS.comment })
  @IsOptional()
  @IsString()
  @MaxLength(CALL_LIMITS.comment)
  comment?: string;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: APPLICATION_DECISIONS })
  @IsIn(APPLICATION_DECISIONS)
  decision!: ApplicationDecision;

  @ApiPropertyOptional({ maxLength: CALL_LIMITS.message })
  @IsOptional()
  @IsString()
  @MaxLength(CALL_LIMITS.message)
  message?: string;
}
