import type {
  DeveloperGroupMemberResponse,
  DeveloperGroupSummary,
  EventRegistrationResponse,
  GroupDocumentResponse,
  GroupEventResponse,
  GroupPersonRef,
  JoinRequestResponse,
  PostResponse,
  PublicGroupEventResponse,
  ThreadSummary,
} from '@keino/contracts';

import type { DocumentRow } from './repositories/documents.repository';
import type { PostRow, ThreadRow } from './repositories/discussion.repository';
import type { EventRow, RegistrationRow } from './repositories/events.repository';
import type { GroupRow, JoinRequestRow, MemberRow } from './repositories/groups.repository';

const person = (id: string | null, fullName: string | null): GroupPersonRef | null =>
  id ? { id, fullName: fullName ?? '' } : null;

export const toGroupSummary = (r: GroupRow): DeveloperGroupSummary => ({
  id: r.id,
  name: r.name,
  theme: r.theme,
  description: r.description,
  language: r.language,
  facilitators: r.facilitators,
  organizationCount: r.organization_count,
  member: r.member,
});

export const toMember = (r: MemberRow): DeveloperGroupMemberResponse => ({
  groupId: r.group_id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  joinedAt: r.joined_at.toISOString(),
});

export const toJoinRequest = (r: JoinRequestRow): JoinRequestResponse => ({
  id: r.id,
  groupId: r.group_id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  requestedBy: person(r.requester_id, r.requester_name),
  message: r.message,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  decidedAt: r.decided_at?.toISOString() ?? null,
});

export const toThreadSummary = (r: ThreadRow): ThreadSummary => ({
  id: r.id,
  groupId: r.group_id,
  title: r.title,
  author: person(r.author_id, r.author_name),
  createdAt: r.created_at.toISOString(),
  postCount: r.post_count,
  lastPostAt: r.last_post_at.toISOString(),
  unread: r.unread,
  following: r.following,
});

/** A hidden post's text is kept for the record and shown only to those who moderate (`moderator`). */
export const toPost = (r: PostRow, moderator: boolean): PostResponse => ({
  id: r.id,
  threadId: r.thread_id,
  author: person(r.author_id, r.author_name),
  body: r.hidden && !moderator ? null : r.body,
  hidden: r.hidden,
  createdAt: r.created_at.toISOString(),
  editedAt: r.edited_at?.toISOString() ?? null,
});

/** Exactly the public page's fields, nothing of the group's inside. */
export const toPublicEvent = (r: EventRow): PublicGroupEventResponse => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  startsAt: r.starts_at.toISOString(),
  location: r.location,
  onlineUrl: r.online_url,
  description: r.description,
  groupName: r.group_name,
});

export const toEvent = (r: EventRow, facilitator: boolean): GroupEventResponse => ({
  ...toPublicEvent(r),
  groupId: r.group_id,
  registrationOpen: r.registration_open,
  registrationCount: facilitator ? r.registration_count : null,
});

export const toRegistration = (r: RegistrationRow): EventRegistrationResponse => ({
  id: r.id,
  eventId: r.event_id,
  fullName: r.full_name,
  company: r.company,
  businessId: r.business_id,
  email: r.email,
  createdAt: r.created_at.toISOString(),
});

export const toDocument = (r: DocumentRow): GroupDocumentResponse => ({
  id: r.id,
  groupId: r.group_id,
  name: r.name,
  mediaType: r.media_type,
  size: r.size_bytes,
  version: r.version,
  uploadedBy: person(r.uploader_id, r.uploader_name),
  uploadedAt: r.uploaded_at.toISOString(),
  // json_build_object writes times as +00:00; the contract's times end in Z.
  versions: r.versions.map((v) => ({ ...v, uploadedAt: new Date(v.uploadedAt).toISOString() })),
});
