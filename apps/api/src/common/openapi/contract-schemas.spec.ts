import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONTRACT_SCHEMAS } from './contract-schemas';
import { CONTRACT_SCHEMAS_DIR, generateContractSchemas } from './contract-schemas.generator';

// Refresh on purpose: UPDATE_CONTRACT_SCHEMAS=true npx jest -c apps/api/jest.config.cts contract-schemas
describe('the contract schemas of the OpenAPI document', () => {
  let fresh: Map<string, string>;

  beforeAll(async () => {
    fresh = await generateContractSchemas();
    if (process.env['UPDATE_CONTRACT_SCHEMAS'] !== 'true') return;
    for (const file of readdirSync(CONTRACT_SCHEMAS_DIR).filter((f) => f.endsWith('.json'))) {
      rmSync(join(CONTRACT_SCHEMAS_DIR, file));
    }
    for (const [file, text] of fresh) writeFileSync(join(CONTRACT_SCHEMAS_DIR, file), text);
  });

  it('are generated from the current libs/contracts types, one file per contracts file', () => {
    const checkedIn = readdirSync(CONTRACT_SCHEMAS_DIR).filter((f) => f.endsWith('.json'));
    expect(checkedIn.sort()).toEqual([...fresh.keys()]);
    for (const [file, text] of fresh)
      expect(readFileSync(join(CONTRACT_SCHEMAS_DIR, file), 'utf8')).toBe(text);
  });

  it('are all in the document, each once', () => {
    const names = [...fresh.values()].flatMap((text) => Object.keys(JSON.parse(text) as object));
    expect(Object.keys(CONTRACT_SCHEMAS).sort()).toEqual(names.sort());
  });
});
