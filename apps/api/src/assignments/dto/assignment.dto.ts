import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  REVIEW_DECISIONS,
  type CreateAssignmentCommentRequest,
  type ReviewAssignmentRequest,
  type ReviewDecision,
  type UpdateAssignmentRequest,
} from '@keino/contracts';

export class UpdateAssignmentDto implements UpdateAssignmentRequest {
  @ApiProperty({ description: 'the team’s text, rich text (sanitised on save)', maxLength: 100_000 })
  @IsString()
  @MaxLength(100_000)
  body!: string;
}

export class ReviewAssignmentDto implements ReviewAssignmentRequest {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiPropertyOptional({ description: 'required when asking for a revision', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class CreateAssignmentCommentDto implements CreateAssignmentCommentRequest {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  body!: string;
}
