import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { EmailTokenRequest } from '@keino/contracts';

/** The token of an emailed link, as the link carried it. */
export class EmailTokenDto implements EmailTokenRequest {
  @ApiProperty({ description: 'the token of the emailed link' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;
}
