import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { LOCALES, type Locale, type UpdateProfileRequest } from '@keino/contracts';

import { Trimmed } from '../../common/validation/trimmed';

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ example: 'Maija Meikäläinen' })
  @ValidateIf((_, value) => value !== undefined) // null is not a name or a language
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'language of the app, emails and certificates' })
  @ValidateIf((_, value) => value !== undefined) // null is not a name or a language
  @IsIn(LOCALES)
  locale?: Locale;
}
