import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  MANAGEMENT_REVIEW_OUTCOMES,
  type ManagementReviewOutcome,
  type ManagementReviewRequest,
} from '@keino/contracts';

export class ManagementReviewDto implements ManagementReviewRequest {
  @ApiProperty({ example: '2027-03-01', description: 'not after today in Finland' })
  @IsDateString({ strict: true })
  @MaxLength(10)
  presentedOn!: string;

  @ApiProperty({ enum: MANAGEMENT_REVIEW_OUTCOMES })
  @IsIn(MANAGEMENT_REVIEW_OUTCOMES)
  outcome!: ManagementReviewOutcome;

  @ApiPropertyOptional({ maxLength: 20_000, description: 'rich text, sanitised like page content' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  note?: string;
}
