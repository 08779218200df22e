/** Emitted after the transaction that filed a membership request commits; notifications tells the coordinators. */
export const MEMBERSHIP_REQUESTED = 'membership.requested';

export interface MembershipRequestedEvent {
  requestId: string;
  organizationId: string;
  organizationName: string;
  requesterName: string;
}
