import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
} from 'class-validator';
import type { CreateIdentityProviderRequest, UpdateIdentityProviderRequest } from '@keino/contracts';

import { isAcceptableIssuer } from '../issuer-url';

/** A lower-case host name with at least one dot (`tampere.fi`, `kunta.example.fi`). */
export const EMAIL_DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const IsIssuer = () =>
  ValidateBy({
    name: 'isIssuer',
    validator: {
      validate: isAcceptableIssuer,
      defaultMessage: () => 'issuer must be an https URL (http only for localhost) without query or fragment',
    },
  });

const IsEmailDomains = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(20),
    ArrayUnique(),
    Matches(EMAIL_DOMAIN, { each: true, message: 'each of emailDomains must be a lower-case host name' }),
  );

export class CreateIdentityProviderDto implements CreateIdentityProviderRequest {
  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant>/v2.0' })
  @IsIssuer()
  issuer!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clientId!: string;

  @ApiProperty({ description: 'Stored encrypted; never answered' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret!: string;

  @ApiProperty({ example: ['tampere.fi'], maxItems: 20 })
  @IsEmailDomains()
  emailDomains!: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateIdentityProviderDto implements UpdateIdentityProviderRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIssuer()
  issuer?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clientId?: string;

  @ApiPropertyOptional({ description: 'Stored encrypted; never answered' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret?: string;

  @ApiPropertyOptional({ maxItems: 20 })
  @IsOptional()
  @IsEmailDomains()
  emailDomains?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
