import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AssignmentAttachmentResponse,
  AssignmentCommentResponse,
  AssignmentResponse,
  ListResponse,
  ManagementReviewResponse,
  TeamAssignmentSummary,
} from '@keino/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { AppError } from '../common/errors/app-error';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { contentDisposition } from './assignment-rules';
import { assignmentErrors } from './assignments.errors';
import { AssignmentAttachmentsService } from './assignment-attachments.service';
import { AssignmentManagementReviewsService } from './assignment-management-reviews.service';
import { AssignmentReviewsService } from './assignment-reviews.service';
import { AssignmentSubmissionsService } from './assignment-submissions.service';
import { CreateAssignmentCommentDto, ReviewAssignmentDto, UpdateAssignmentDto } from './dto/assignment.dto';
import { ManagementReviewDto } from './dto/management-review.dto';

/**
 * The team development assignment. Members of the team (the organisation's people enrolled in the cohort) edit,
 * attach and submit; the cohort's trainers and admins review. Anyone else gets 404.
 */
@ApiTags('assignments')
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(
    private readonly submissions: AssignmentSubmissionsService,
    private readonly reviews: AssignmentReviewsService,
    private readonly attachments: AssignmentAttachmentsService,
    private readonly managementReviews: AssignmentManagementReviewsService,
  ) {}

  @Roles()
  @Get('enrollments/:enrollmentId/assignments/:activityId')
  @ApiOperation({
    summary: 'My team’s submission for an assignment activity, made as a draft on first visit',
    description: '404 for another person’s enrolment or an activity that is not an assignment of the cohort',
  })
  @ApiAnswer('AssignmentResponse')
  @ApiErrors('ENROLLMENT_NOT_ACTIVE', 'NOT_FOUND', 'NO_ORGANIZATION')
  forEnrollment(
    @CurrentUser() caller: AuthUser,
    @Param('enrollmentId', ParseUUIDPipe) enrollmentId: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
  ): Promise<AssignmentResponse> {
    return this.submissions.forEnrollment(caller, enrollmentId, activityId);
  }

  @Roles()
  @Get('cohorts/:cohortId/assignments')
  @ApiOperation({
    summary: 'Every team’s assignment status in the cohort (the cohort’s trainers, admin)',
    description: 'Teams with nothing yet answer `status: "not_started"` and `submissionId: null`',
  })
  @ApiAnswer({ page: 'TeamAssignmentSummary' })
  @ApiErrors('NOT_FOUND')
  forCohort(
    @CurrentUser() caller: AuthUser,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() query: PageQueryDto,
  ): Promise<ListResponse<TeamAssignmentSummary>> {
    return this.submissions.forCohort(caller, cohortId, query);
  }

  @Roles()
  @Get('assignments/:id')
  @ApiOperation({
    summary: 'A submission with its files, versions and comments (team, cohort’s trainers, admin)',
  })
  @ApiAnswer('AssignmentResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AssignmentResponse> {
    return this.submissions.get(caller, id);
  }

  @Roles()
  @Patch('assignments/:id')
  @ApiOperation({
    summary: 'Save the team’s text (members; draft or revision requested)',
    description: '403 NOT_TEAM_MEMBER for trainers; 409 ASSIGNMENT_LOCKED while submitted or once approved',
  })
  @ApiAnswer('AssignmentResponse')
  @ApiErrors('ASSIGNMENT_LOCKED', 'NOT_FOUND', 'NOT_TEAM_MEMBER')
  update(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAssignmentDto,
  ): Promise<AssignmentResponse> {
    return this.submissions.update(caller, id, body.body);
  }

  @Roles()
  @Post('assignments/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary: 'Attach one file (members): PDF, Office documents or images, at most 20 MB',
    description:
      'The type is read from the content: 415 UNSUPPORTED_TYPE otherwise (whatever the name says), 413 FILE_TOO_LARGE over 20 MB',
  })
  @ApiAnswer('AssignmentAttachmentResponse')
  @ApiErrors(
    'ASSIGNMENT_LOCKED',
    'EMPTY_FILE',
    'FILE_TOO_LARGE',
    'NOT_FOUND',
    'NOT_TEAM_MEMBER',
    'UNSUPPORTED_TYPE',
    'VALIDATION_FAILED',
  )
  async attach(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: FastifyRequest,
  ): Promise<AssignmentAttachmentResponse> {
    if (!req.isMultipart()) {
      throw assignmentErrors.notMultipart();
    }
    // Who may attach is known before the body is read: nobody else makes the server take in 20 MB.
    await this.attachments.assertEditable(caller, id);
    let part;
    let data: Buffer;
    try {
      part = await req.file();
      if (!part || part.fieldname !== 'file') {
        throw assignmentErrors.wrongFileField();
      }
      data = await part.toBuffer();
    } catch (error) {
      if (error instanceof AppError) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw assignmentErrors.fileTooLarge();
      }
      throw assignmentErrors.unreadableUpload();
    }
    return this.attachments.attach(caller, id, { fileName: part.filename, data });
  }

  @Roles()
  @Get('assignments/:id/attachments/:attachmentId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment, with the media type detected at upload' })
  @ApiAnswer({ file: ['application/octet-stream'] })
  @ApiErrors('NOT_FOUND')
  async download(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(caller, id, attachmentId);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(file.data, {
      type: file.mediaType,
      disposition: contentDisposition(file.fileName),
      length: file.data.length,
    });
  }

  @Roles()
  @Delete('assignments/:id/attachments/:attachmentId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed from the team’s work (a submitted version keeps its copy)' })
  @ApiAnswer('no content')
  @ApiErrors('ASSIGNMENT_LOCKED', 'NOT_FOUND', 'NOT_TEAM_MEMBER')
  async detach(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<void> {
    await this.attachments.detach(caller, id, attachmentId);
  }

  @Roles()
  @Post('assignments/:id/submit')
  @ApiOperation({
    summary: 'Submit the team’s work for review (members): freezes the next version',
    description:
      '409 ASSIGNMENT_LOCKED when already submitted or approved; 409 ASSIGNMENT_EMPTY with no text or file',
  })
  @ApiAnswer('AssignmentResponse')
  @ApiErrors('ASSIGNMENT_EMPTY', 'ASSIGNMENT_LOCKED', 'NOT_FOUND', 'NOT_TEAM_MEMBER')
  submit(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AssignmentResponse> {
    return this.submissions.submit(caller, id);
  }

  @Roles()
  @Post('assignments/:id/reviews')
  @ApiOperation({
    summary: 'Request a revision (comment required) or approve (the cohort’s trainers, admin)',
    description:
      'Approval completes the activity for every active member of the team. 409 NOT_SUBMITTED otherwise',
  })
  @ApiAnswer('AssignmentResponse')
  @ApiErrors('COMMENT_REQUIRED', 'FORBIDDEN', 'NOT_FOUND', 'NOT_SUBMITTED', 'OWN_TEAM')
  review(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewAssignmentDto,
  ): Promise<AssignmentResponse> {
    return this.reviews.review(caller, id, body.decision, body.comment);
  }

  @Roles()
  @Post('assignments/:id/comments')
  @ApiOperation({ summary: 'Comment on the work (team members, the cohort’s trainers, admin)' })
  @ApiAnswer('AssignmentCommentResponse')
  @ApiErrors('NOT_FOUND', 'VALIDATION_FAILED')
  comment(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateAssignmentCommentDto,
  ): Promise<AssignmentCommentResponse> {
    return this.reviews.comment(caller, id, body.body);
  }

  @Roles()
  @Put('assignments/:id/management-review')
  @ApiOperation({
    summary: 'Record the team’s presentation of the task to its management team (people of the team)',
    description:
      'presentedOn not after today in Finland (400); 403 NOT_TEAM_MEMBER for the trainers, coaches and mentors who see it',
  })
  @ApiAnswer('ManagementReviewResponse')
  @ApiErrors('NOT_FOUND', 'NOT_TEAM_MEMBER', 'VALIDATION_FAILED')
  managementReview(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ManagementReviewDto,
  ): Promise<ManagementReviewResponse> {
    return this.managementReviews.record(caller, id, body);
  }
}
