import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  ENROLLMENT_STATUSES,
  type CreateEnrollmentRequest,
  type EnrollmentStatus,
  type UpdateEnrollmentRequest,
} from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class CreateEnrollmentDto implements CreateEnrollmentRequest {
  @ApiPropertyOptional({ description: 'default: the caller; coordinators: a colleague; admins: anyone' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class UpdateEnrollmentDto implements UpdateEnrollmentRequest {
  @ApiProperty({
    enum: ['active', 'withdrawn'],
    description: 'admins approve (active); the participant or an admin withdraws',
  })
  @IsIn(['active', 'withdrawn'])
  status!: 'active' | 'withdrawn';
}

export class ListEnrollmentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLLMENT_STATUSES)
  status?: EnrollmentStatus;
}
