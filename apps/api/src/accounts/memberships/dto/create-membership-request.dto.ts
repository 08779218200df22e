import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { CreateMembershipRequestRequest } from '@keino/contracts';

export class CreateMembershipRequestDto implements CreateMembershipRequestRequest {
  @ApiProperty({ description: 'the organisation to join' })
  @IsUUID()
  organizationId!: string;
}
