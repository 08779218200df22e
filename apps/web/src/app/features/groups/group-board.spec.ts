import type { GroupBoardResponse, GroupResponse, ListResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { GroupBoard } from './group-board';

const fi = {
  groups: {
    board: { unplaced: 'Ei ryhmässä', moved: '{{name}} siirrettiin ryhmään {{group}}.', groupOf: 'Ryhmä: {{name}}' },
  },
  errorCodes: { ORGANIZATION_IN_OTHER_GROUP: 'Organisaatio on jo toisessa pienryhmässä.' },
};

const group = (id: string, name: string, orgs: [string, string][]): GroupResponse => ({
  id,
  cohortId: 'c1',
  name,
  coaches: [],
  organizations: orgs.map(([oid, oname]) => ({ id: oid, name: oname, mentor: null })),
});

const board: GroupBoardResponse = {
  cohortId: 'c1',
  staff: [{ id: 's1', fullName: 'Outi Valmentaja' }],
  organizations: [
    { id: 'o1', name: 'Espoo', participants: 2 },
    { id: 'o2', name: 'Oulu', participants: 1 },
    { id: 'o3', name: 'Turku', participants: 3 },
  ],
};

async function opened() {
  const r = render(GroupBoard, { fi, inputs: { cohortId: 'c1' } });
  await r.stable();
  r.http.expectOne('/api/cohorts/c1/group-board').flush(board);
  const groups: ListResponse<GroupResponse> = {
    items: [group('a', 'Etelä', [['o1', 'Espoo']]), group('b', 'Pohjoinen', [['o2', 'Oulu']])],
    total: 2,
  };
  r.http.expectOne((req) => req.url === '/api/cohorts/c1/groups').flush(groups);
  await r.stable();
  return r;
}

const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('GroupBoard', () => {
  it('shows the organisations in no group first, then each group’s', async () => {
    const { element } = await opened();
    const columns = Array.from(element.querySelectorAll('.group-column')).map((c) =>
      Array.from(c.querySelectorAll('.organization-card strong')).map((s) => s.textContent?.trim()),
    );
    expect(columns).toEqual([['Turku'], ['Espoo'], ['Oulu']]);
  });

  it('moves an organisation with the keyboard: out of its group first, then into the chosen one', async () => {
    const { element, http, stable } = await opened();
    choose(find<HTMLSelectElement>(element, '#place-o2'), 'a');
    await stable();
    const out = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/groups/b');
    expect(out.request.body).toEqual({ organizationIds: [] });
    out.flush(group('b', 'Pohjoinen', []));
    await stable();
    const into = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/groups/a');
    expect(into.request.body).toEqual({ organizationIds: ['o1', 'o2'] });
    into.flush(group('a', 'Etelä', [['o1', 'Espoo'], ['o2', 'Oulu']]));
    await stable();
    expect(find(element, '[role="status"]').textContent?.trim()).toBe('Oulu siirrettiin ryhmään Etelä.');
    http.verify();
  });

  it('says why the API refused a move, by its code', async () => {
    const { element, http, stable } = await opened();
    choose(find<HTMLSelectElement>(element, '#place-o3'), 'b');
    await stable();
    http
      .expectOne('/api/groups/b')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'x', code: 'ORGANIZATION_IN_OTHER_GROUP' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(find(element, '[role="status"]').textContent?.trim()).toBe('Organisaatio on jo toisessa pienryhmässä.');
  });
});
