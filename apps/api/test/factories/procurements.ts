import type { CreateProcurementRequest, ProcurementResponse } from '@keino/contracts';

import { TestApp } from '../setup/test-app';
import { Actor, auth } from './index';

/** A valid register entry; `overrides` change or add fields (also invalid ones, for refusals). */
export const procurementBody = (overrides: object = {}): CreateProcurementRequest => ({
  title: 'Koulujen ruokapalvelut',
  cpvCode: '55524000-9',
  valueEur: 250_000,
  year: 2026,
  procedure: 'competitive_dialogue',
  status: 'tendering',
  novelty: 'new_to_buyer',
  sustainability: ['environmental', 'circular'],
  marketDialogue: true,
  strategic: true,
  ...overrides,
});

export async function createProcurement(
  t: TestApp,
  as: Actor,
  overrides: object = {},
): Promise<ProcurementResponse> {
  const res = await t.http
    .post('/api/procurements')
    .set(auth(as))
    .send(procurementBody(overrides))
    .expect(201);
  return res.body as ProcurementResponse;
}
