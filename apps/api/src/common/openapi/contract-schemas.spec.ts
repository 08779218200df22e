import { readFileSync, writeFileSync } from 'node:fs';

import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from './contract-schemas.generator';

describe('the contract schemas of the OpenAPI document', () => {
  it('are generated from the current libs/contracts types', async () => {
    const fresh = await generateContractSchemas();
    // Refresh on purpose: UPDATE_CONTRACT_SCHEMAS=true npx jest -c apps/api/jest.config.cts contract-schemas
    if (process.env['UPDATE_CONTRACT_SCHEMAS'] === 'true') writeFileSync(CONTRACT_SCHEMAS_FILE, fresh);
    expect(readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8')).toBe(fresh);
  });
});
