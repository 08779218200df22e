import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceResponse,
  CreateGroupRequest,
  CreateMeetingRequest,
  GroupBoardResponse,
  GroupResponse,
  ListResponse,
  ManagementReviewRequest,
  ManagementReviewResponse,
  MeetingResponse,
  MentoringTeam,
  MentorResponse,
  MyGroupMeeting,
  UpdateGroupRequest,
} from '@keino/contracts';

/** HTTP only: small groups, mentors, My teams, group meetings and the management-team review. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  groups(cohortId: string) {
    return this.http.get<ListResponse<GroupResponse>>(`/api/cohorts/${cohortId}/groups`, {
      params: { limit: 200 },
    });
  }

  board(cohortId: string) {
    return this.http.get<GroupBoardResponse>(`/api/cohorts/${cohortId}/group-board`);
  }

  createGroup(cohortId: string, body: CreateGroupRequest) {
    return this.http.post<GroupResponse>(`/api/cohorts/${cohortId}/groups`, body);
  }

  updateGroup(groupId: string, body: UpdateGroupRequest) {
    return this.http.patch<GroupResponse>(`/api/groups/${groupId}`, body);
  }

  setMentor(cohortId: string, organizationId: string, mentorId: string) {
    return this.http.put<MentorResponse>(`/api/cohorts/${cohortId}/mentors/${organizationId}`, { mentorId });
  }

  mentoring() {
    return this.http.get<ListResponse<MentoringTeam>>('/api/me/mentoring', { params: { limit: 200 } });
  }

  meetings(groupId: string) {
    return this.http.get<ListResponse<MeetingResponse>>(`/api/groups/${groupId}/meetings`, {
      params: { limit: 200 },
    });
  }

  myMeetings() {
    return this.http.get<ListResponse<MyGroupMeeting>>('/api/me/group-meetings');
  }

  createMeeting(groupId: string, body: CreateMeetingRequest) {
    return this.http.post<MeetingResponse>(`/api/groups/${groupId}/meetings`, body);
  }

  setAttendance(meetingId: string, userId: string, attended: boolean) {
    return this.http.put<AttendanceResponse>(`/api/meetings/${meetingId}/attendance/${userId}`, { attended });
  }

  recordManagementReview(assignmentId: string, body: ManagementReviewRequest) {
    return this.http.put<ManagementReviewResponse>(
      `/api/assignments/${assignmentId}/management-review`,
      body,
    );
  }
}
