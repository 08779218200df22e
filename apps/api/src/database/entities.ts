// Every table's entity, module by module. A module's entities are its own: other modules never query them.
import { EmailLink } from '../accounts/email-link.entity';
import { Invitation } from '../accounts/memberships/invitation.entity';
import { MembershipRequest } from '../accounts/memberships/membership-request.entity';
import { RefreshToken } from '../accounts/refresh-token.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { AssessmentAnswer } from '../assessments/assessment-answer.entity';
import { MaturityDimension } from '../assessments/maturity-dimension.entity';
import { AssignmentAttachment } from '../assignments/assignment-attachment.entity';
import { AssignmentComment } from '../assignments/assignment-comment.entity';
import { AssignmentManagementReview } from '../assignments/assignment-management-review.entity';
import { AssignmentSubmission } from '../assignments/assignment-submission.entity';
import { AssignmentVersion } from '../assignments/assignment-version.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { ApplicationInvitation } from '../calls/application-invitation.entity';
import { ApplicationReview } from '../calls/application-review.entity';
import { CallApplication } from '../calls/call-application.entity';
import { CallReviewer } from '../calls/call-reviewer.entity';
import { Call } from '../calls/call.entity';
import { CaseComment } from '../cases/case-comment.entity';
import { ProcurementCase } from '../cases/procurement-case.entity';
import { Certificate } from '../certificates/certificate.entity';
import { CohortTrainer } from '../cohorts/cohort-trainer.entity';
import { CohortWorkshop } from '../cohorts/cohort-workshop.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { ModuleRelease } from '../cohorts/module-release.entity';
import { Activity } from '../courses/activity.entity';
import { CourseModule } from '../courses/course-module.entity';
import { CourseTrainer } from '../courses/course-trainer.entity';
import { CourseVersion } from '../courses/course-version.entity';
import { Course } from '../courses/course.entity';
import { VersionActivity } from '../courses/version-activity.entity';
import { VersionModule } from '../courses/version-module.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { CohortGroupCoach } from '../groups/cohort-group-coach.entity';
import { CohortGroupPlacement } from '../groups/cohort-group-placement.entity';
import { CohortGroup } from '../groups/cohort-group.entity';
import { CohortMentor } from '../groups/cohort-mentor.entity';
import { GroupMeetingAttendance } from '../groups/group-meeting-attendance.entity';
import { GroupMeeting } from '../groups/group-meeting.entity';
import { DeveloperGroupDocumentVersion } from '../developer-groups/entities/developer-group-document-version.entity';
import { DeveloperGroupDocument } from '../developer-groups/entities/developer-group-document.entity';
import { DeveloperGroupEventRegistration } from '../developer-groups/entities/developer-group-event-registration.entity';
import { DeveloperGroupEvent } from '../developer-groups/entities/developer-group-event.entity';
import { DeveloperGroupFacilitator } from '../developer-groups/entities/developer-group-facilitator.entity';
import { DeveloperGroupJoinRequest } from '../developer-groups/entities/developer-group-join-request.entity';
import { DeveloperGroupMember } from '../developer-groups/entities/developer-group-member.entity';
import { DeveloperGroupPost } from '../developer-groups/entities/developer-group-post.entity';
import { DeveloperGroupThreadReader } from '../developer-groups/entities/developer-group-thread-reader.entity';
import { DeveloperGroupThread } from '../developer-groups/entities/developer-group-thread.entity';
import { DeveloperGroup } from '../developer-groups/entities/developer-group.entity';
import { EmailMessage } from '../notifications/email-message.entity';
import { Notification } from '../notifications/notification.entity';
import { OrganizationEmailDomain } from '../organizations/organization-email-domain.entity';
import { Organization } from '../organizations/organization.entity';
import { IndicatorMeasurement } from '../procurements/indicator-measurement.entity';
import { ProcurementIndicator } from '../procurements/procurement-indicator.entity';
import { Procurement } from '../procurements/procurement.entity';
import { Progress } from '../progress/progress.entity';
import { IdentityProviderDomain } from '../sso/identity-provider-domain.entity';
import { IdentityProvider } from '../sso/identity-provider.entity';
import { SsoIdentity } from '../sso/sso-identity.entity';
import { SsoOneTimeCode } from '../sso/sso-one-time-code.entity';
import { SsoPendingLogin } from '../sso/sso-pending-login.entity';

export const entities = [
  // accounts
  EmailLink,
  Invitation,
  MembershipRequest,
  RefreshToken,
  Session,
  User,
  // assessments
  AssessmentAnswer,
  MaturityDimension,
  // assignments
  AssignmentAttachment,
  AssignmentComment,
  AssignmentManagementReview,
  AssignmentSubmission,
  AssignmentVersion,
  // audit
  AuditEvent,
  // calls
  ApplicationInvitation,
  ApplicationReview,
  Call,
  CallApplication,
  CallReviewer,
  // cases
  CaseComment,
  ProcurementCase,
  // certificates
  Certificate,
  // cohorts
  CohortTrainer,
  CohortWorkshop,
  Cohort,
  ModuleRelease,
  // courses
  Activity,
  CourseModule,
  CourseTrainer,
  CourseVersion,
  Course,
  VersionActivity,
  VersionModule,
  // developer-groups
  DeveloperGroupDocumentVersion,
  DeveloperGroupDocument,
  DeveloperGroupEventRegistration,
  DeveloperGroupEvent,
  DeveloperGroupFacilitator,
  DeveloperGroupJoinRequest,
  DeveloperGroupMember,
  DeveloperGroupPost,
  DeveloperGroupThreadReader,
  DeveloperGroupThread,
  DeveloperGroup,
  // enrollments
  Enrollment,
  // groups
  CohortGroupCoach,
  CohortGroupPlacement,
  CohortGroup,
  CohortMentor,
  GroupMeetingAttendance,
  GroupMeeting,
  // notifications
  EmailMessage,
  Notification,
  // organizations
  OrganizationEmailDomain,
  Organization,
  // progress
  Progress,
  // sso
  IdentityProviderDomain,
  IdentityProvider,
  SsoIdentity,
  SsoOneTimeCode,
  SsoPendingLogin,
  // procurements
  Procurement,
  ProcurementIndicator,
  IndicatorMeasurement,
];
