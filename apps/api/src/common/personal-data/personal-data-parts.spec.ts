import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { OwnsPersonalData, type PersonalDataPart, type PersonalDataSections } from './personal-data-part';
import { PersonalDataModule } from './personal-data.module';
import { PersonalDataParts } from './personal-data-parts';
import { assembleSections, PERSONAL_DATA_SECTION_KEYS } from './personal-data-sections';

@OwnsPersonalData()
@Injectable()
class BadgesPersonalData implements PersonalDataPart {
  export(): Promise<Partial<PersonalDataSections>> {
    return Promise.resolve({});
  }
  erase(): Promise<void> {
    return Promise.resolve();
  }
}

@Injectable()
class BadgesService {}

// A module that accounts has never heard of: registering its part is all it does.
@Module({ providers: [BadgesService, BadgesPersonalData] })
class BadgesModule {}

const everySection = (): PersonalDataSections =>
  Object.fromEntries(PERSONAL_DATA_SECTION_KEYS.map((key) => [key, []])) as unknown as PersonalDataSections;

describe('personal-data parts', () => {
  it('finds a new module’s part without a list of modules, and nothing unmarked', async () => {
    const app = await Test.createTestingModule({ imports: [PersonalDataModule, BadgesModule] }).compile();
    const found = app.get(PersonalDataParts).all();
    expect(found.map((f) => f.owner)).toEqual(['BadgesModule']);
    expect(found[0].part).toBe(app.get(BadgesPersonalData));
    await app.close();
  });

  it('joins the sections in the contract’s key order', () => {
    const { account, sessions, ...rest } = everySection();
    const joined = assembleSections([
      { owner: 'AccountsModule', sections: { sessions, account } },
      { owner: 'OthersModule', sections: rest },
    ]);
    expect(Object.keys(joined)).toEqual(PERSONAL_DATA_SECTION_KEYS);
  });

  it('fails when a section is filled by no part or by two', () => {
    const { account, ...rest } = everySection();
    expect(() => assembleSections([{ owner: 'OthersModule', sections: rest }])).toThrow('account: no part');
    expect(() =>
      assembleSections([
        { owner: 'AccountsModule', sections: { account } },
        { owner: 'OthersModule', sections: { ...rest, account } },
      ]),
    ).toThrow('account: AccountsModule, OthersModule');
  });
});
