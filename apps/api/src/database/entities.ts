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
import { EmailMessage } from '../notifications/email-message.entity';
import { Notification } from '../notifications/notification.entity';
import { OrganizationEmailDomain } from '../organizations/organization-email-domain.entity';
import { Organization } from '../organizations/organization.entity';
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
  // enrollments
  Enrollment,
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
];
