import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import type { ReorderRequest } from '@keino/contracts';

export class ReorderDto implements ReorderRequest {
  @ApiProperty({ description: 'every ID of the list, in the new order' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids!: string[];
}
