import type { ApplicationResponse, CallResponse } from '@keino/contracts';

import { TestApp } from '../setup/test-app';
import { Actor, auth } from './index';

const HOUR = 3_600_000;

/** The criteria of the calls tests make: weights 3, 2 and 1. */
export const CRITERIA = [
  { key: 'task', title: 'Kehittämistehtävä', weight: 3 },
  { key: 'commitment', title: 'Johdon sitoutuminen', weight: 2 },
  { key: 'team', title: 'Tiimin kokoonpano', weight: 1 },
];

/** A call of the cohort, open from an hour ago for a week unless told otherwise. */
export async function createCall(
  t: TestApp,
  admin: Actor,
  cohortId: string,
  overrides: Record<string, unknown> = {},
): Promise<CallResponse> {
  const res = await t.http
    .post('/api/calls')
    .set(auth(admin))
    .send({
      cohortId,
      title: 'Kevään 2027 haku',
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
      maxOrganizations: 10,
      criteria: CRITERIA,
      ...overrides,
    })
    .expect(201);
  return res.body;
}

/** Every field an application needs before it can be submitted; `team` from the addresses given. */
export const completeApplication = (teamEmails: string[] = ['tiimi@kunta.example']) => ({
  developmentTask: '<p>Uudistamme kuntastrategian hankintaosuuden.</p>',
  motivation: 'Johtoryhmä on sitoutunut ja varannut aikaa.',
  sponsor: { fullName: 'Kaija Kunnanjohtaja', title: 'kunnanjohtaja', email: 'kaija@kunta.example' },
  team: teamEmails.map((email, i) => ({
    fullName: `Tiimiläinen ${i + 1}`,
    email,
    role: i === 0 ? 'lead' : 'expert',
  })),
});

export async function startApplication(
  t: TestApp,
  as: Actor,
  callId: string,
  body: object = {},
): Promise<ApplicationResponse> {
  return (await t.http.post(`/api/calls/${callId}/applications`).set(auth(as)).send(body).expect(201)).body;
}

/** A complete application of the caller's organisation, submitted. */
export async function submittedApplication(
  t: TestApp,
  as: Actor,
  callId: string,
  teamEmails?: string[],
): Promise<ApplicationResponse> {
  const draft = await startApplication(t, as, callId, completeApplication(teamEmails));
  await t.http.post(`/api/applications/${draft.id}/submit`).set(auth(as)).expect(200);
  return draft;
}

export async function addReviewer(t: TestApp, admin: Actor, callId: string, userId: string): Promise<void> {
  await t.http.post(`/api/calls/${callId}/reviewers`).set(auth(admin)).send({ userId }).expect(201);
}

export async function review(
  t: TestApp,
  reviewer: Actor,
  applicationId: string,
  scores: Record<string, number>,
): Promise<void> {
  await t.http
    .put(`/api/applications/${applicationId}/review`)
    .set(auth(reviewer))
    .send({ scores, comment: 'Perusteltu arvio.' })
    .expect(200);
}
