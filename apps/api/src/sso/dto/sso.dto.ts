import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { SsoExchangeRequest, SsoLinkRequest } from '@keino/contracts';

// One-time codes are 32 random bytes in base64url.
const ONE_TIME_CODE = /^[A-Za-z0-9_-]{43}$/;

export class SsoDiscoverQuery {
  @ApiProperty({ example: 'maija.meikalainen@tampere.fi' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class SsoExchangeDto implements SsoExchangeRequest {
  @ApiProperty({ description: 'The one-time code of /sign-in/sso?code=…' })
  @IsString()
  @Matches(ONE_TIME_CODE, { message: 'code must be a one-time code' })
  code!: string;
}

export class SsoLinkDto implements SsoLinkRequest {
  @ApiProperty({ description: 'The one-time code of /sign-in/sso?link=…' })
  @IsString()
  @Matches(ONE_TIME_CODE, { message: 'code must be a one-time code' })
  code!: string;

  @ApiProperty({ description: "The existing account's own password" })
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class SsoStartQuery {
  @ApiPropertyOptional({ description: 'The address the person typed, for the provider to fill in' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  loginHint?: string;
}
