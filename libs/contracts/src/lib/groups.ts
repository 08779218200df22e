import type { AssignmentStatus } from './assignments';

/** A person by name: a coach, a mentor (staff: role `trainer` or `admin`), a participant. */
export interface PersonName {
  id: string;
  fullName: string;
}

/** An organisation of a small group, with its mentor in the cohort. */
export interface GroupOrganization {
  id: string;
  name: string;
  mentor: PersonName | null;
}

/** A small group (pienryhmä) of a cohort's organisations. */
export interface GroupResponse {
  id: string;
  cohortId: string;
  name: string;
  coaches: PersonName[];
  organizations: GroupOrganization[];
}

export interface CreateGroupRequest {
  name: string;
  coachIds: string[];
  organizationIds: string[];
}

export type UpdateGroupRequest = Partial<CreateGroupRequest>;

export interface SetMentorRequest {
  mentorId: string;
}

export interface MentorResponse {
  organizationId: string;
  mentor: PersonName;
}

/** What the cohort's trainers form groups from: the staff to name and the organisations with a team. */
export interface GroupBoardResponse {
  cohortId: string;
  /** Staff accounts (trainer or admin) by name: the coaches and mentors one may name. */
  staff: PersonName[];
  /** Organisations with an active or completed enrolment in the cohort, by name. */
  organizations: { id: string; name: string; participants: number }[];
}

/** How the caller follows a team. */
export const MENTORING_ROLES = ['coach', 'mentor'] as const;
export type MentoringRole = (typeof MENTORING_ROLES)[number];

/** One team the caller coaches or mentors (`GET /api/me/mentoring`). */
export interface MentoringTeam {
  cohortId: string;
  cohortName: string;
  organizationId: string;
  organizationName: string;
  /** The team's group in the cohort; null for a mentored team not placed in a group. */
  groupId: string | null;
  as: MentoringRole;
  /** The team's active and completed enrolments. */
  participants: number;
  /** Their mean `percent`, 0–100, at most one decimal. */
  averagePercent: number;
  /** The team's development assignment, or null when not started. */
  assignmentStatus: AssignmentStatus | null;
  /** The team's development assignment's id, when it has one. */
  assignmentId: string | null;
  /** Active participants behind the modules already released. */
  late: number;
  /** The group's next meeting, when one is scheduled. */
  nextMeeting: { id: string; title: string; startsAt: string } | null;
}

export interface MeetingAttendance {
  userId: string;
  attended: boolean;
}

/** A small group's own meeting. */
export interface MeetingResponse {
  id: string;
  groupId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  onlineUrl: string | null;
  /** Only for those who record attendance: the group's coaches, the cohort's trainers, admins. */
  attendance?: MeetingAttendance[];
  /** Only for those who record attendance: the people of the group's organisations enrolled in the cohort. */
  people?: PersonName[];
}

/** One of the caller's coming group meetings (`GET /api/me/group-meetings`), shown with the cohort's workshops. */
export interface MyGroupMeeting {
  id: string;
  groupId: string;
  groupName: string;
  cohortId: string;
  cohortName: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  onlineUrl: string | null;
}

export interface CreateMeetingRequest {
  title: string;
  startsAt: string;
  endsAt?: string;
  location?: string;
  onlineUrl?: string;
}

export interface SetAttendanceRequest {
  attended: boolean;
}

export interface AttendanceResponse {
  meetingId: string;
  userId: string;
  attended: boolean;
}
