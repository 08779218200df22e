import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import {
  ORGANIZATION_KINDS,
  REGION_CODES,
  type CreateOrganizationRequest,
  type OrganizationKind,
  type RegionCode,
} from '@keino/contracts';

import { IsBusinessId } from '../business-id';

export class CreateOrganizationDto implements CreateOrganizationRequest {
  @ApiProperty({ example: 'Tampereen kaupunki' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '0211675-2', description: 'Y-tunnus with a valid check digit' })
  @IsBusinessId()
  businessId!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @ApiProperty({ enum: REGION_CODES, example: '06' })
  @IsIn(REGION_CODES, { message: `region must be one of the region codes ${REGION_CODES.join(', ')}` })
  region!: RegionCode;
}
