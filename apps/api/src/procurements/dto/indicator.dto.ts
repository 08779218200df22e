import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNumber, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  INDICATOR_DIRECTIONS,
  type CreateIndicatorRequest,
  type CreateMeasurementRequest,
  type IndicatorDirection,
} from '@keino/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
// Finite numbers a double holds exactly enough to be read back as written.
const FINITE = { allowNaN: false, allowInfinity: false } as const;
const LIMIT = 1e12;

export class CreateIndicatorDto implements CreateIndicatorRequest {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ maxLength: 50, example: 't CO₂e' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  unit!: string;

  @ApiProperty()
  @IsNumber(FINITE)
  @Min(-LIMIT)
  @Max(LIMIT)
  baseline!: number;

  @ApiProperty({ description: 'above the baseline to increase, below it to decrease' })
  @IsNumber(FINITE)
  @Min(-LIMIT)
  @Max(LIMIT)
  target!: number;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS })
  @IsIn(INDICATOR_DIRECTIONS)
  direction!: IndicatorDirection;
}

export class CreateMeasurementDto implements CreateMeasurementRequest {
  @ApiProperty({ example: '2026-06-30', description: 'a date, 2000–2100' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  @MinLength(10)
  measuredOn!: string;

  @ApiProperty()
  @IsNumber(FINITE)
  @Min(-LIMIT)
  @Max(LIMIT)
  value!: number;
}
