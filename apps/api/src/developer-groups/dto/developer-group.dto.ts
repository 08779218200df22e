import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  JOIN_REQUEST_STATUSES,
  LOCALES,
  type AddDeveloperGroupMemberRequest,
  type CreateDeveloperGroupRequest,
  type CreateJoinRequestRequest,
  type DecideJoinRequestRequest,
  type JoinRequestStatus,
  type Locale,
} from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class CreateDeveloperGroupDto implements CreateDeveloperGroupRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 100, example: 'päästöttömät työmaat' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  theme!: string;

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @MaxLength(20000)
  description!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  language!: Locale;

  @ApiProperty({ type: [String], description: 'staff accounts (trainer or admin)' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  facilitatorIds!: string[];
}

export class ListDeveloperGroupsQuery extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'words in the name, theme or description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  theme?: string;
}

export class AddDeveloperGroupMemberDto implements AddDeveloperGroupMemberRequest {
  @ApiProperty()
  @IsUUID()
  organizationId!: string;
}

export class CreateJoinRequestDto implements CreateJoinRequestRequest {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class DecideJoinRequestDto implements DecideJoinRequestRequest {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'])
  status!: 'approved' | 'rejected';
}

export class ListJoinRequestsQuery {
  @ApiPropertyOptional({ enum: JOIN_REQUEST_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(JOIN_REQUEST_STATUSES)
  status?: JoinRequestStatus;
}
