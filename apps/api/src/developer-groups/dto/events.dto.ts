import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Equals,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  GROUP_EVENT_KINDS,
  LOCALES,
  type CreateEventRegistrationRequest,
  type CreateGroupEventRequest,
  type GroupEventKind,
  type Locale,
} from '@keino/contracts';

import { IsBusinessId } from '../../organizations/business-id';

export class CreateGroupEventDto implements CreateGroupEventRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: GROUP_EVENT_KINDS })
  @IsIn(GROUP_EVENT_KINDS)
  kind!: GroupEventKind;

  @ApiProperty({ example: '2027-02-10T07:00:00Z' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  startsAt!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string;

  @ApiPropertyOptional({ maxLength: 20000, description: 'plain text' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ description: 'a market dialogue only: its public page and registration form' })
  @IsOptional()
  @IsBoolean()
  registrationOpen?: boolean;
}

export class CreateEventRegistrationDto implements CreateEventRegistrationRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  company!: string;

  @ApiProperty({ example: '0245437-2' })
  @IsBusinessId()
  businessId!: string;

  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: [true], description: 'consent to the privacy notice' })
  @Equals(true, { message: 'consent must be true: accept the privacy notice' })
  consent!: true;

  @ApiPropertyOptional({ enum: LOCALES, description: 'the confirmation email’s language' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}
