/** Emitted after the transaction that filed a membership request commits; notifications tells the coordinators. */
export const MEMBERSHIP_REQUESTED = 'membership.requested';

export interface MembershipRequestedEvent {
  requestId: string;
  organizationId: string;
  organizationName: string;
  requesterName: string;
}

/**
 * Emitted (and awaited) after the transaction in which a person accepted an invitation commits, on registration or
 * signed in: a call's accepted application enrols the people it invited.
 */
export const INVITATION_ACCEPTED = 'invitation.accepted';

export interface InvitationAcceptedEvent {
  invitationId: string;
  userId: string;
  organizationId: string;
}
