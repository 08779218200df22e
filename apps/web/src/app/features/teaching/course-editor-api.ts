import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActivityResponse,
  CourseDetailResponse,
  CourseResponse,
  CourseVersionListItem,
  CourseVersionResponse,
  CreateActivityRequest,
  CreateCourseRequest,
  CreateModuleRequest,
  ListResponse,
  ModuleResponse,
  UpdateActivityRequest,
} from '@keino/contracts';

/** HTTP only: the courses a trainer edits, their draft (modules, activities), publication and versions. */
@Injectable({ providedIn: 'root' })
export class CourseEditorApi {
  private readonly http = inject(HttpClient);

  myCourses(offset: number, limit: number) {
    return this.http.get<ListResponse<CourseResponse>>('/api/courses', {
      params: { scope: 'mine', offset, limit },
    });
  }

  create(body: CreateCourseRequest) {
    return this.http.post<CourseDetailResponse>('/api/courses', body);
  }

  course(id: string) {
    return this.http.get<CourseDetailResponse>(`/api/courses/${id}`);
  }

  updateCourse(id: string, body: Partial<CreateCourseRequest>) {
    return this.http.patch<CourseDetailResponse>(`/api/courses/${id}`, body);
  }

  addModule(courseId: string, body: CreateModuleRequest) {
    return this.http.post<ModuleResponse>(`/api/courses/${courseId}/modules`, body);
  }

  updateModule(id: string, body: Omit<CreateModuleRequest, 'position'>) {
    return this.http.patch<ModuleResponse>(`/api/modules/${id}`, body);
  }

  deleteModule(id: string) {
    return this.http.delete<void>(`/api/modules/${id}`);
  }

  reorderModules(courseId: string, ids: string[]) {
    return this.http.put<ModuleResponse[]>(`/api/courses/${courseId}/modules/order`, { ids });
  }

  addActivity(moduleId: string, body: CreateActivityRequest) {
    return this.http.post<ActivityResponse>(`/api/modules/${moduleId}/activities`, body);
  }

  updateActivity(id: string, body: UpdateActivityRequest) {
    return this.http.patch<ActivityResponse>(`/api/activities/${id}`, body);
  }

  deleteActivity(id: string) {
    return this.http.delete<void>(`/api/activities/${id}`);
  }

  reorderActivities(moduleId: string, ids: string[]) {
    return this.http.put<ModuleResponse>(`/api/modules/${moduleId}/activities/order`, { ids });
  }

  publish(courseId: string) {
    return this.http.post<CourseVersionResponse>(`/api/courses/${courseId}/publish`, {});
  }

  versions(courseId: string) {
    return this.http.get<CourseVersionListItem[]>(`/api/courses/${courseId}/versions`);
  }
}
