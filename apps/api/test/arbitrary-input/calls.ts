import { Actor, createOrganization, createUser } from '../factories';
import { addReviewer, createCall, startApplication, submittedApplication } from '../factories/calls';
import { TestApp } from '../setup/test-app';
import type { Route } from './developer-groups';

/**
 * The calls' writes, on a call for `cohortId` that the trainer reviews: `member`'s organisation's draft, and another
 * organisation's submitted application.
 */
export async function callRoutes(
  t: TestApp,
  { admin, trainer, member, cohortId }: { admin: Actor; trainer: Actor; member: Actor; cohortId: string },
): Promise<Route[]> {
  const cohort = { id: cohortId };
  // Calls: the member's organisation's draft; another organisation's submitted application, which the trainer reviews.
  const call = (await createCall(t, admin, cohort.id)).id;
  await addReviewer(t, admin, call, trainer.id);
  const applicationDraft = (await startApplication(t, member, call)).id;
  const applicant = await createUser(t, admin, { organizationId: (await createOrganization(t, admin)).id });
  const submittedApp = (await submittedApplication(t, applicant, call)).id;
  const applicationFields = ['developmentTask', 'motivation', 'sponsor', 'team'];
  return [
    {
      method: 'post',
      path: '/api/calls',
      as: admin,
      fields: ['cohortId', 'title', 'opensAt', 'closesAt', 'maxOrganizations', 'criteria'],
    },
    { method: 'post', path: `/api/calls/${call}/applications`, as: applicant, fields: applicationFields },
    {
      method: 'patch',
      path: `/api/applications/${applicationDraft}`,
      as: member,
      fields: [...applicationFields, 'version'],
    },
    { method: 'post', path: `/api/calls/${call}/reviewers`, as: admin, fields: ['userId'] },
    {
      method: 'put',
      path: `/api/applications/${submittedApp}/review`,
      as: trainer,
      fields: ['scores', 'comment'],
    },
    {
      method: 'post',
      path: `/api/applications/${submittedApp}/decision`,
      as: admin,
      fields: ['decision', 'message'],
    },
  ];
}
