import fc from 'fast-check';

import { isValidBusinessId } from './business-id';

describe('isValidBusinessId', () => {
  it.each(['0245437-2', '0201256-6', '2617416-4', '1572860-0'])('accepts the real business ID %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each(['0245437-3', '245437-2', '0245437 2', '02454372', '', 'abcdefg-h'])('refuses %j', (id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('accepts exactly one check digit for every body whose remainder is not 1', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (body) => {
        const valid = [...'0123456789'].filter((d) => isValidBusinessId(`${body}-${d}`));
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
