import { Controller, Get, Param, Query, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import type { CertificateResponse, CertificateVerification, ListResponse } from '@keino/contracts';

import { AuthUser, CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PageQueryDto } from '../common/pagination/page.query';
import { CertificatesService } from './certificates.service';

/** The web app's public verification page for a code, on the host the caller used. */
function verifyUrl(req: FastifyRequest) {
  return (code: string) => `${req.protocol}://${req.host}/certificates/${code}`;
}

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Roles()
  @ApiBearerAuth()
  @Get('me/certificates')
  @ApiAnswer({ page: 'CertificateResponse' })
  mine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<ListResponse<CertificateResponse>> {
    return this.certificates.mine(user.id, page);
  }

  /** Anyone holding a code may check it; every check counts per address, against walking the code space. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Get('certificates/:code')
  @ApiOkResponse({
    description: '{ code, fullName, courseTitle, cohortName, completedOn }; 404 for an unknown code',
  })
  @ApiAnswer('CertificateVerification')
  @ApiErrors('NOT_FOUND')
  verify(@Param('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verify(code);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('certificates/:code/pdf')
  @ApiProduces('application/pdf')
  @ApiAnswer({ file: ['application/pdf'] })
  @ApiErrors('NOT_FOUND')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Req() req: FastifyRequest,
  ): Promise<StreamableFile> {
    const pdf = await this.certificates.pdf(user, code, verifyUrl(req));
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="keino-certificate-${code.replace(/[^0-9A-Za-z-]/g, '')}.pdf"`,
    });
  }
}
