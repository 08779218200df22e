import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import type { CreateInvitationRequest } from '@keino/contracts';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'uusi.kollega@tampere.fi' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}
