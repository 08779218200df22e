import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_EMAIL_DOMAINS, type SetEmailDomainsRequest } from '@keino/contracts';

/** A lower-cased host name of two labels or more (`tampere.fi`, `hel.fi`), each label 1–63 letters, digits or hyphens. */
export const EMAIL_DOMAIN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

export class SetEmailDomainsDto implements SetEmailDomainsRequest {
  @ApiProperty({ type: [String], maxItems: MAX_EMAIL_DOMAINS, example: ['tampere.fi'] })
  @IsArray()
  @ArrayMaxSize(MAX_EMAIL_DOMAINS)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  @Matches(EMAIL_DOMAIN, {
    each: true,
    message: 'each domain must be a lower-cased host name such as tampere.fi',
  })
  domains!: string[];
}
