import type { Locale } from './roles';

/** A person as a developer group shows them: facilitators, authors, who added a document. */
export interface GroupPersonRef {
  id: string;
  fullName: string;
}

/** `POST /api/developer-groups` (admins): facilitators are staff accounts (trainer or admin), else `409 NOT_STAFF`. */
export interface CreateDeveloperGroupRequest {
  name: string;
  /** Free text, at most 100 characters (e.g. "päästöttömät työmaat"). */
  theme: string;
  description: string;
  /** The language its discussion is searched in. */
  language: Locale;
  facilitatorIds: string[];
}

/** A group in the directory: everyone signed in sees which groups exist and how many organisations take part. */
export interface DeveloperGroupSummary {
  id: string;
  name: string;
  theme: string;
  description: string;
  language: Locale;
  facilitators: GroupPersonRef[];
  organizationCount: number;
  /** Whether the caller's (proved) organisation belongs to the group. */
  member: boolean;
}

export interface DeveloperGroupOrganization {
  id: string;
  name: string;
  joinedAt: string;
}

/** `GET /api/developer-groups/:id`: the group with its member organisations and what the caller may do in it. */
export interface DeveloperGroupResponse extends DeveloperGroupSummary {
  organizations: DeveloperGroupOrganization[];
  /** The caller sees threads, documents and events (people of member organisations, facilitators, admins). */
  canSeeInside: boolean;
  /** The caller facilitates the group or is an admin: adds members, decides requests, hides posts, creates events. */
  canFacilitate: boolean;
  /** A request of the caller's organisation waits for a facilitator (null when none). */
  pendingRequestId: string | null;
}

/** `POST /api/developer-groups/:id/members` (facilitators, admin). */
export interface AddDeveloperGroupMemberRequest {
  organizationId: string;
}

export interface DeveloperGroupMemberResponse {
  groupId: string;
  organizationId: string;
  organizationName: string;
  joinedAt: string;
}

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** `POST /api/developer-groups/:id/join-requests`: a coordinator asks for their own organisation. */
export interface CreateJoinRequestRequest {
  message?: string;
}

/** `PATCH /api/join-requests/:id` (facilitators, admin). */
export interface DecideJoinRequestRequest {
  status: Exclude<JoinRequestStatus, 'pending'>;
}

export interface JoinRequestResponse {
  id: string;
  groupId: string;
  organizationId: string;
  organizationName: string;
  requestedBy: GroupPersonRef | null;
  message: string | null;
  status: JoinRequestStatus;
  createdAt: string;
  decidedAt: string | null;
}

/** `POST /api/developer-groups/:id/threads`: `body` is the thread's first post (rich text, sanitised). */
export interface CreateThreadRequest {
  title: string;
  body: string;
}

/** A thread in a group's list, latest activity first. */
export interface ThreadSummary {
  id: string;
  groupId: string;
  title: string;
  author: GroupPersonRef | null;
  createdAt: string;
  /** Posts in the thread, the first post included. */
  postCount: number;
  lastPostAt: string;
  /** Posts came after the caller last read the thread (or they never opened it). */
  unread: boolean;
  /** The caller follows the thread: replies notify them. */
  following: boolean;
}

/** A post; a hidden one answers `body: null` to everyone but facilitators and admins (its author included). */
export interface PostResponse {
  id: string;
  threadId: string;
  author: GroupPersonRef | null;
  body: string | null;
  hidden: boolean;
  createdAt: string;
  editedAt: string | null;
}

/** `GET /api/threads/:id`: the thread and its posts in order, the first post first. */
export interface ThreadResponse extends ThreadSummary {
  groupName: string;
  posts: PostResponse[];
}

/** `POST /api/threads/:id/posts`. */
export interface CreatePostRequest {
  body: string;
}

/** `PATCH /api/posts/:id`: the author changes `body`; facilitators and admins set `hidden`. */
export interface UpdatePostRequest {
  body?: string;
  hidden?: boolean;
}

/** `PUT /api/threads/:id/follow`. */
export interface FollowThreadRequest {
  following: boolean;
}

export const GROUP_EVENT_KINDS = ['meeting', 'market_dialogue'] as const;
export type GroupEventKind = (typeof GROUP_EVENT_KINDS)[number];

/** `POST /api/developer-groups/:id/events` (facilitators, admin). */
export interface CreateGroupEventRequest {
  title: string;
  kind: GroupEventKind;
  startsAt: string;
  location?: string;
  onlineUrl?: string;
  description?: string;
  /** A market dialogue only: opens its public page and registration form. */
  registrationOpen?: boolean;
}

/** Exactly what anyone without a token is told of an open market dialogue. */
export interface PublicGroupEventResponse {
  id: string;
  title: string;
  kind: GroupEventKind;
  startsAt: string;
  location: string | null;
  onlineUrl: string | null;
  description: string | null;
  groupName: string;
}

/** An event as the group's people see it. */
export interface GroupEventResponse extends PublicGroupEventResponse {
  groupId: string;
  registrationOpen: boolean;
  /** Facilitators and admins: how many suppliers registered (null for everyone else). */
  registrationCount: number | null;
}

/** `GET /api/events/:id`: the group's people get the event, anyone else the public page of an open market dialogue. */
export type GroupEventAnswer = GroupEventResponse | PublicGroupEventResponse;

/** `POST /api/events/:id/registrations`: a supplier without an account. */
export interface CreateEventRegistrationRequest {
  fullName: string;
  company: string;
  /** A valid Y-tunnus, `1234567-8`. */
  businessId: string;
  email: string;
  /** Consent to the privacy notice: must be true. */
  consent: true;
  /** The language of the confirmation email; the group's language when left out. */
  locale?: Locale;
}

/** What the registrant is answered: that it was received, nothing of what others registered. */
export interface EventRegistrationReceipt {
  id: string;
  eventId: string;
  createdAt: string;
}

/** `GET /api/events/:id/registrations` (facilitators, admin). */
export interface EventRegistrationResponse {
  id: string;
  eventId: string;
  fullName: string;
  company: string;
  businessId: string;
  email: string;
  createdAt: string;
}

/** Registrations are personal data, deleted this long after their event. */
export const REGISTRATION_RETENTION_DAYS = 365;

/** A version of a shared document. */
export interface GroupDocumentVersion {
  version: number;
  mediaType: string;
  size: number;
  uploadedBy: GroupPersonRef | null;
  uploadedAt: string;
}

/** `POST /api/developer-groups/:id/documents` answers the version stored; the list answers each name once, latest. */
export interface GroupDocumentResponse {
  /** The document (all versions of one name); `GET /api/documents/:id` downloads its latest version. */
  id: string;
  groupId: string;
  name: string;
  mediaType: string;
  size: number;
  version: number;
  uploadedBy: GroupPersonRef | null;
  uploadedAt: string;
  /** Every version, the latest first. */
  versions: GroupDocumentVersion[];
}
