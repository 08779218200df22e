import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type CreateActivityRequest,
  type UpdateActivityRequest,
} from '@keino/contracts';

export class CreateActivityDto implements CreateActivityRequest {
  @ApiProperty({ enum: ACTIVITY_KINDS })
  @IsIn(ACTIVITY_KINDS)
  kind!: ActivityKind;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiPropertyOptional({ description: 'rich text (HTML); sanitised to an allow-list' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  content?: string;

  @ApiPropertyOptional({ description: 'for links: the material or recording' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: '0-based place in the module; default: last' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @ApiPropertyOptional({ description: 'workshops: when it starts (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ description: 'workshops: a place or an online meeting link' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string;
}

/** The kind and place are fixed here (reorder moves activities); `null` clears url, startsAt or location. */
export class UpdateActivityDto implements UpdateActivityRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ description: 'rich text (HTML); sanitised to an allow-list' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  content?: string;

  @ApiPropertyOptional({ nullable: true, description: 'for links; null clears it' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'workshops: when it starts (ISO 8601); null clears it',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'workshops: a place or meeting link; null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string | null;
}
