import { Actor, createOrganization, createUser } from '../factories';
import {
  addReviewer,
  completeApplication,
  createCall,
  startApplication,
  submittedApplication,
} from '../factories/calls';
import { TestApp } from '../setup/test-app';

/** What the rows of calls act on; see `World.calls`. */
export interface CallsWorld {
  /** An open call of `otherCohort`, reviewed by `trainer`. */
  call: string;
  /** orgA's empty draft to `call`, started by `participant`. */
  draft: string;
  /** orgB's submitted application to `call`, by `outsider`. */
  submitted: string;
  /** A new open call, for rows that start an application (one per organisation). */
  freshCall(): Promise<string>;
  /** orgA's complete draft to a new call, for rows that submit one. */
  freshDraft(): Promise<string>;
  /** A new organisation's submitted application to `call`, for rows that decide one. */
  freshSubmitted(): Promise<string>;
}

/** `otherTrainer` reviews a call of their own, so that they are a reviewer of another call here. */
export async function callsWorld(
  t: TestApp,
  admin: Actor,
  cohortId: string,
  users: { trainer: Actor; otherTrainer: Actor; participant: Actor; outsider: Actor; coordinator: Actor },
): Promise<CallsWorld> {
  const call = (await createCall(t, admin, cohortId)).id;
  await addReviewer(t, admin, call, users.trainer.id);
  const elsewhere = (await createCall(t, admin, cohortId)).id;
  await addReviewer(t, admin, elsewhere, users.otherTrainer.id);
  const draft = (await startApplication(t, users.participant, call)).id;
  const submitted = (await submittedApplication(t, users.outsider, call)).id;
  const freshCall = async () => (await createCall(t, admin, cohortId)).id;
  return {
    call,
    draft,
    submitted,
    freshCall,
    freshDraft: async () =>
      (await startApplication(t, users.coordinator, await freshCall(), completeApplication())).id,
    freshSubmitted: async () => {
      const org = await createOrganization(t, admin);
      const person = await createUser(t, admin, { organizationId: org.id });
      return (await submittedApplication(t, person, call)).id;
    },
  };
}
