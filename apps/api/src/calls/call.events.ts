/** Emitted after the transaction that decided an application commits; notifications tells its organisation's people. */
export const APPLICATION_DECIDED = 'application.decided';

export interface ApplicationDecidedEvent {
  applicationId: string;
  callId: string;
  callTitle: string;
  organizationId: string;
  organizationName: string;
  decision: 'accepted' | 'rejected' | 'reserve';
  message: string | null;
  /** ISO 8601: part of the notification's dedupe key. */
  decidedAt: string;
}
