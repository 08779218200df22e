import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { REGION_CODES, ROLES, type Role, type UpdateUserRequest } from '@keino/contracts';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ nullable: true, description: 'null: staff account without an organisation' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  organizationId?: string | null;

  @ApiPropertyOptional({ enum: REGION_CODES, isArray: true, description: 'regions a change agent follows' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(REGION_CODES.length)
  @IsIn(REGION_CODES, { each: true })
  regions?: string[];
}
