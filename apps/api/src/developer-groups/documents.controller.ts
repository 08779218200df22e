import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { GroupDocumentResponse, ListResponse } from '@keino/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { contentDisposition } from '../assignments/assignment-rules';
import { assignmentErrors } from '../assignments/assignments.errors';
import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { DocumentsService } from './documents.service';

/** A group's shared documents: people of member organisations, facilitators and admins; 404 for everyone else. */
@ApiTags('developer-groups')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Roles()
  @Post('developer-groups/:id/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary:
      'Share a file: PDF, Office documents or images, at most 20 MB; a file of a name the group has is a new version',
    description:
      'The type is read from the content: 415 UNSUPPORTED_TYPE otherwise, 413 FILE_TOO_LARGE over 20 MB',
  })
  @ApiAnswer('GroupDocumentResponse')
  @ApiErrors('EMPTY_FILE', 'FILE_TOO_LARGE', 'NOT_FOUND', 'UNSUPPORTED_TYPE', 'VALIDATION_FAILED')
  async upload(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: FastifyRequest,
  ): Promise<GroupDocumentResponse> {
    if (!req.isMultipart()) throw assignmentErrors.notMultipart();
    // Who may share is known before the body is read.
    await this.documents.assertInside(caller, id);
    let part;
    let data: Buffer;
    try {
      part = await req.file();
      if (!part || part.fieldname !== 'file') throw assignmentErrors.wrongFileField();
      data = await part.toBuffer();
    } catch (error) {
      if (error instanceof AppError) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw assignmentErrors.fileTooLarge();
      throw assignmentErrors.unreadableUpload();
    }
    return this.documents.upload(caller, id, { fileName: part.filename, data });
  }

  @Roles()
  @Get('developer-groups/:id/documents')
  @ApiOperation({ summary: 'Each document (by name) once, with its latest version and every version' })
  @ApiAnswer({ page: 'GroupDocumentResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ListResponse<GroupDocumentResponse>> {
    return this.documents.list(caller, id);
  }

  @Roles()
  @Get('documents/:id')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The latest version, as an attachment, with the media type read at upload' })
  @ApiAnswer({ file: ['application/octet-stream'] })
  @ApiErrors('NOT_FOUND')
  async download(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.documents.download(caller, id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(file.data, {
      type: file.mediaType,
      disposition: contentDisposition(file.fileName),
      length: file.data.length,
    });
  }
}
