import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { CreateModuleRequest } from '@keino/contracts';

export class CreateModuleDto implements CreateModuleRequest {
  @ApiProperty({ example: 'Strategia ja hankintojen tavoitteet' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @ApiPropertyOptional({ description: '0-based place among the modules; default: last' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdateModuleDto extends PartialType(OmitType(CreateModuleDto, ['position'] as const)) {}
