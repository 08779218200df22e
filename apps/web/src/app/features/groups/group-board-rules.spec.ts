import type { GroupResponse } from '@keino/contracts';

import { boardColumns, movesFor } from './group-board-rules';

const group = (id: string, orgs: string[]): GroupResponse => ({
  id,
  cohortId: 'c',
  name: `Ryhmä ${id}`,
  coaches: [],
  organizations: orgs.map((o) => ({ id: o, name: o, mentor: null })),
});

describe('group board rules', () => {
  const groups = [group('a', ['o1']), group('b', ['o2'])];

  it('takes an organisation out of its group before putting it into another', () => {
    expect(movesFor(groups, { organizationId: 'o1', to: 'b' })).toEqual([
      { groupId: 'a', organizationIds: [] },
      { groupId: 'b', organizationIds: ['o2', 'o1'] },
    ]);
  });

  it('places an organisation of no group with one update, and removes one with one', () => {
    expect(movesFor(groups, { organizationId: 'o3', to: 'a' })).toEqual([
      { groupId: 'a', organizationIds: ['o1', 'o3'] },
    ]);
    expect(movesFor(groups, { organizationId: 'o2', to: null })).toEqual([
      { groupId: 'b', organizationIds: [] },
    ]);
  });

  it('does nothing when the organisation is already where it should go', () => {
    expect(movesFor(groups, { organizationId: 'o1', to: 'a' })).toEqual([]);
    expect(movesFor(groups, { organizationId: 'o3', to: null })).toEqual([]);
  });

  it('lists the organisations in no group first, then each group’s', () => {
    const orgs = ['o1', 'o2', 'o3'].map((id) => ({ id, name: id, participants: 1 }));
    expect(boardColumns(orgs, groups).map((c) => [c.id, c.organizations.map((o) => o.id)])).toEqual([
      [null, ['o3']],
      ['a', ['o1']],
      ['b', ['o2']],
    ]);
  });
});
