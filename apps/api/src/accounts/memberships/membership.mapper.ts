import type { InvitationResponse, MembershipRequestResponse } from '@keino/contracts';

import type { InvitationRow } from './invitations.repository';
import type { MembershipRequestRow } from './membership-requests.repository';

export function toInvitationResponse(r: InvitationRow): InvitationResponse {
  return {
    id: r.id,
    organizationId: r.organization_id,
    email: r.email,
    invitedBy: { id: r.invited_by, fullName: r.inviter_name },
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
  };
}

export function toMembershipRequestResponse(r: MembershipRequestRow): MembershipRequestResponse {
  return {
    id: r.id,
    organizationId: r.organization_id,
    user: { id: r.user_id, fullName: r.full_name, email: r.email, emailVerified: r.email_verified },
    status: r.status,
    createdAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    decidedBy: r.decided_by ? { id: r.decided_by, fullName: r.decider_name ?? '' } : null,
  };
}
