import { MATRIX } from './areas';
import { startMatrixWorld } from './fixture';
import { expectARowForEveryRoute, itAnswersEveryRow, World } from './matrix';
import { TestApp } from '../setup/test-app';

describe('authorisation matrix', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    ({ t, world } = await startMatrixWorld());
  });
  afterAll(() => t.close());

  it('has a row for every route of the OpenAPI document', () => expectARowForEveryRoute(t, MATRIX));

  itAnswersEveryRow(MATRIX, () => ({ t, world }));
});
