import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MEMBERSHIP_REQUEST_STATUSES, type MembershipRequestStatus } from '@keino/contracts';

import { PageQueryDto } from '../../../common/pagination/page.query';

export class ListMembershipRequestsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBERSHIP_REQUEST_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(MEMBERSHIP_REQUEST_STATUSES)
  status?: MembershipRequestStatus;
}
