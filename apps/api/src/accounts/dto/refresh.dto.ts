import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { RefreshRequest } from '@keino/contracts';

/** The refresh token in the body (API.md), or none: then the session cookie brings it. */
export class RefreshDto implements RefreshRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}
