import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type {
  EventRegistrationReceipt,
  EventRegistrationResponse,
  GroupEventAnswer,
  GroupEventResponse,
  ListResponse,
} from '@keino/contracts';
import type { FastifyReply } from 'fastify';

import {
  AuthUser,
  CurrentSession,
  CurrentUser,
  Public,
  PublicReadingToken,
  Roles,
  type SignedInCaller,
} from '../common/auth/auth.decorators';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CreateEventRegistrationDto, CreateGroupEventDto } from './dto/events.dto';
import { EventsService } from './events.service';

/** Registrations from one address per minute: the form is public, so it is bounded against bulk submissions. */
export const REGISTRATION_LIMIT = { limit: 20, ttl: 60_000 };

/** Meetings and market dialogues; an open market dialogue has a public page and registration form. */
@ApiTags('developer-groups')
@Controller()
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Roles()
  @ApiBearerAuth()
  @Post('developer-groups/:id/events')
  @ApiOperation({ summary: 'A meeting or a market dialogue (facilitators, admins)' })
  @ApiAnswer('GroupEventResponse')
  @ApiErrors('FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  create(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateGroupEventDto,
  ): Promise<GroupEventResponse> {
    return this.events.create(caller, id, body);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('developer-groups/:id/events')
  @ApiOperation({ summary: 'The group’s events, latest first (as threads: 404 outside the group)' })
  @ApiAnswer({ page: 'GroupEventResponse' })
  @ApiErrors('NOT_FOUND')
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ListResponse<GroupEventResponse>> {
    return this.events.list(caller, id);
  }

  @PublicReadingToken()
  @Get('events/:id')
  @ApiOperation({
    summary: 'The event; an open market dialogue also to anyone, no token: exactly its public fields',
    description: '401 without a token for any other event; 404 outside the group',
  })
  @ApiAnswer('GroupEventAnswer')
  @ApiErrors('NOT_FOUND', 'UNAUTHENTICATED')
  async get(
    @CurrentSession() caller: SignedInCaller | undefined,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GroupEventAnswer> {
    // What a signed-in caller is answered depends on who they are: no cache keeps it.
    if (caller) void reply.header('cache-control', 'no-store');
    return this.events.get(caller, id);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ address: REGISTRATION_LIMIT })
  @Post('events/:id/registrations')
  @ApiOperation({
    summary: 'A supplier registers for an open market dialogue (no account); a confirmation is emailed',
    description: '409 ALREADY_REGISTERED for an address already registered; 404 when the event takes none',
  })
  @ApiAnswer('EventRegistrationReceipt')
  @ApiErrors('ALREADY_REGISTERED', 'NOT_FOUND', 'TOO_MANY_REQUESTS', 'VALIDATION_FAILED')
  register(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateEventRegistrationDto,
  ): Promise<EventRegistrationReceipt> {
    return this.events.register(id, body);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('events/:id/registrations')
  @ApiAnswer({ page: 'EventRegistrationResponse' })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND')
  registrations(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ListResponse<EventRegistrationResponse>> {
    return this.events.registrations(caller, id);
  }

  @Roles()
  @ApiBearerAuth()
  @Get('events/:id/registrations.csv')
  @ApiProduces('text/csv')
  @ApiAnswer({ file: ['text/csv'] })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND')
  async csv(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.events.registrationsCsv(caller, id)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="registrations-${id}.csv"`,
    });
  }

  @Roles()
  @ApiBearerAuth()
  @Get('events/:id/registrations.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiAnswer({ file: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] })
  @ApiErrors('FORBIDDEN', 'NOT_FOUND')
  async xlsx(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.events.registrationsXlsx(caller, id), {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="registrations-${id}.xlsx"`,
    });
  }
}
