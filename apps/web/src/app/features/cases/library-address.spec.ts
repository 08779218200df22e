import { convertToParamMap } from '@angular/router';

import { libraryAddress, libraryFromAddress } from './library-address';

describe('the case library address', () => {
  it('carries a search there and back', () => {
    const filter = {
      q: 'kouluruoka',
      theme: 'climate',
      region: '17',
      kind: 'municipality',
      scope: 'drafts',
    } as const;
    const query = libraryAddress(filter, 20);
    expect(query).toEqual({
      q: 'kouluruoka',
      theme: 'climate',
      region: '17',
      kind: 'municipality',
      scope: 'drafts',
      offset: 20,
    });
    expect(libraryFromAddress(convertToParamMap(query))).toEqual({ filter, offset: 20 });
  });

  it('leaves out what is the default', () => {
    expect(libraryAddress({ q: '  ', theme: '', region: '', kind: '', scope: 'published' }, 0)).toEqual({});
  });

  it('ignores values a hand-edited address may hold', () => {
    const { filter, offset } = libraryFromAddress(
      convertToParamMap({ theme: 'nonsense', region: '99', kind: 'x', scope: 'all', offset: '-3' }),
    );
    expect(filter).toEqual({ q: '', theme: '', region: '', kind: '', scope: 'published' });
    expect(offset).toBe(0);
  });
});
