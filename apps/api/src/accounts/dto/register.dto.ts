import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LOCALES, type Locale, type RegisterRequest } from '@keino/contracts';

import { Trimmed } from '../../common/validation/trimmed';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'maija.meikalainen@tampere.fi' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Maija Meikäläinen' })
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName!: string;

  @ApiPropertyOptional({
    description:
      'the organisation to join: without its verified email domain or an invitation, a membership request',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'fi' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    description: 'an invitation to this same email: a member at once, the email verified',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invitationToken?: string;
}
