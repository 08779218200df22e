import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type {
  CreatePostRequest,
  CreateThreadRequest,
  FollowThreadRequest,
  UpdatePostRequest,
} from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

const RICH = 20_000;

export class CreateThreadDto implements CreateThreadRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: RICH, description: 'rich text (HTML), sanitised like page content' })
  @IsString()
  @MinLength(1)
  @MaxLength(RICH)
  body!: string;
}

export class CreatePostDto implements CreatePostRequest {
  @ApiProperty({ maxLength: RICH, description: 'rich text (HTML), sanitised like page content' })
  @IsString()
  @MinLength(1)
  @MaxLength(RICH)
  body!: string;
}

export class UpdatePostDto implements UpdatePostRequest {
  @ApiPropertyOptional({ maxLength: RICH, description: 'the author only' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(RICH)
  body?: string;

  @ApiPropertyOptional({ description: 'facilitators and admins only' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}

export class FollowThreadDto implements FollowThreadRequest {
  @ApiProperty()
  @IsBoolean()
  following!: boolean;
}

export class ListThreadsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'full-text over titles and posts, in the group’s language',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
