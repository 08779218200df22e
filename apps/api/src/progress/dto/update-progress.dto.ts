import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PROGRESS_STATES, type ProgressState, type UpdateProgressRequest } from '@keino/contracts';

export class UpdateProgressDto implements UpdateProgressRequest {
  @ApiProperty({ enum: PROGRESS_STATES })
  @IsIn(PROGRESS_STATES)
  state!: ProgressState;
}
