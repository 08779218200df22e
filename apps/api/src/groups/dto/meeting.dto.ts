import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import type { CreateMeetingRequest, SetAttendanceRequest } from '@keino/contracts';

import { trimmed } from './group.dto';

export class CreateMeetingDto implements CreateMeetingRequest {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2027-02-10T07:00:00Z' })
  @IsISO8601({ strict: true })
  @MaxLength(40)
  startsAt!: string;

  @ApiPropertyOptional({ example: '2027-02-10T09:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  endsAt?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'https://meet.example/abc' })
  @IsOptional()
  @Transform(trimmed)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string;
}

export class SetAttendanceDto implements SetAttendanceRequest {
  @ApiProperty()
  @IsBoolean()
  attended!: boolean;
}
