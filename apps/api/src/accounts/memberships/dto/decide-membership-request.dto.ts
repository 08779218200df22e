import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { DecideMembershipRequestRequest } from '@keino/contracts';

const DECISIONS = ['approved', 'rejected'] as const;

export class DecideMembershipRequestDto implements DecideMembershipRequestRequest {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  status!: (typeof DECISIONS)[number];
}
