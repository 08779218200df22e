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
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ActivityResponse,
  CourseDetailResponse,
  CourseResponse,
  CourseVersionDetailResponse,
  CourseVersionListItem,
  CourseVersionResponse,
  ListResponse,
  ModuleResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ParseInt4Pipe } from '../common/http/hostile-input';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { CourseDraftsService } from './course-drafts.service';
import { CoursePublishingService } from './course-publishing.service';
import { CourseStructureService } from './course-structure.service';
import { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto';
import { CreateCourseDto, UpdateCourseDto } from './dto/create-course.dto';
import { ListCoursesQuery } from './dto/list-courses.query';
import { CreateModuleDto, UpdateModuleDto } from './dto/module.dto';
import { ReorderDto } from './dto/reorder.dto';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursesController {
  constructor(
    private readonly drafts: CourseDraftsService,
    private readonly structure: CourseStructureService,
    private readonly publishing: CoursePublishingService,
  ) {}

  @Roles('trainer', 'admin')
  @Post('courses')
  @ApiAnswer('CourseDetailResponse')
  @ApiErrors('FORBIDDEN', 'NOT_A_TRAINER', 'NOT_FOUND')
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateCourseDto): Promise<CourseDetailResponse> {
    return this.drafts.create(caller, body);
  }

  /** Participants see published courses only; `scope=mine` lists the courses the caller edits. */
  @Roles()
  @Get('courses')
  @ApiAnswer({ page: 'CourseResponse' })
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ListCoursesQuery,
  ): Promise<ListResponse<CourseResponse>> {
    return this.drafts.list(caller, query);
  }

  /** The course's trainers and admins get the draft; others the latest published version. */
  @Roles()
  @Get('courses/:id')
  @ApiAnswer('CourseDetailResponse')
  @ApiErrors('NOT_FOUND')
  get(@CurrentUser() caller: AuthUser, @Id() id: string): Promise<CourseDetailResponse> {
    return this.drafts.get(caller, id);
  }

  @Roles('trainer', 'admin')
  @Patch('courses/:id')
  @ApiAnswer('CourseDetailResponse')
  @ApiErrors('FORBIDDEN', 'NOT_A_TRAINER', 'NOT_COURSE_TRAINER', 'NOT_FOUND')
  update(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseDetailResponse> {
    return this.drafts.update(caller, id, body);
  }

  @Roles('trainer', 'admin')
  @Post('courses/:id/modules')
  @ApiAnswer('ModuleResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  addModule(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: CreateModuleDto,
  ): Promise<ModuleResponse> {
    return this.structure.addModule(caller, id, body);
  }

  @Roles('trainer', 'admin')
  @Put('courses/:id/modules/order')
  @ApiAnswer(['ModuleResponse'])
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND', 'REORDER_MISMATCH')
  reorderModules(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: ReorderDto,
  ): Promise<ModuleResponse[]> {
    return this.structure.reorderModules(caller, id, body.ids);
  }

  @Roles('trainer', 'admin')
  @Post('courses/:id/publish')
  @ApiAnswer('CourseVersionResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND', 'NO_REQUIRED_ACTIVITY')
  publish(@CurrentUser() caller: AuthUser, @Id() id: string): Promise<CourseVersionResponse> {
    return this.publishing.publish(caller, id);
  }

  @Roles('trainer', 'admin')
  @Get('courses/:id/versions')
  @ApiAnswer(['CourseVersionListItem'])
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  versions(@CurrentUser() caller: AuthUser, @Id() id: string): Promise<CourseVersionListItem[]> {
    return this.publishing.versionList(caller, id);
  }

  /** The modules and activities a published version froze. */
  @Roles('trainer', 'admin')
  @Get('courses/:id/versions/:version')
  @ApiAnswer('CourseVersionDetailResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  version(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Param('version', ParseInt4Pipe) version: number,
  ): Promise<CourseVersionDetailResponse> {
    return this.publishing.version(caller, id, version);
  }

  @Roles('trainer', 'admin')
  @Patch('modules/:id')
  @ApiAnswer('ModuleResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  updateModule(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: UpdateModuleDto,
  ): Promise<ModuleResponse> {
    return this.structure.updateModule(caller, id, body);
  }

  @Roles('trainer', 'admin')
  @Delete('modules/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  deleteModule(@CurrentUser() caller: AuthUser, @Id() id: string): Promise<void> {
    return this.structure.deleteModule(caller, id);
  }

  @Roles('trainer', 'admin')
  @Post('modules/:id/activities')
  @ApiAnswer('ActivityResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  addActivity(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: CreateActivityDto,
  ): Promise<ActivityResponse> {
    return this.structure.addActivity(caller, id, body);
  }

  @Roles('trainer', 'admin')
  @Put('modules/:id/activities/order')
  @ApiAnswer('ModuleResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND', 'REORDER_MISMATCH')
  reorderActivities(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: ReorderDto,
  ): Promise<ModuleResponse> {
    return this.structure.reorderActivities(caller, id, body.ids);
  }

  @Roles('trainer', 'admin')
  @Patch('activities/:id')
  @ApiAnswer('ActivityResponse')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  updateActivity(
    @CurrentUser() caller: AuthUser,
    @Id() id: string,
    @Body() body: UpdateActivityDto,
  ): Promise<ActivityResponse> {
    return this.structure.updateActivity(caller, id, body);
  }

  @Roles('trainer', 'admin')
  @Delete('activities/:id')
  @HttpCode(204)
  @ApiAnswer('no content')
  @ApiErrors('NOT_COURSE_TRAINER', 'NOT_FOUND')
  deleteActivity(@CurrentUser() caller: AuthUser, @Id() id: string): Promise<void> {
    return this.structure.deleteActivity(caller, id);
  }
}
