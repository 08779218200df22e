import type { ActivityResponse, CourseDetailResponse, ModuleResponse } from '@keino/contracts';

import {
  activityBody,
  activityChanges,
  draftOf,
  fromLocalInput,
  moved,
  toLocalInput,
  withActivityMoved,
  withModuleMoved,
} from './course-editing';

const activity = (id: string, position: number, extra: Partial<ActivityResponse> = {}): ActivityResponse => ({
  id,
  moduleId: 'm1',
  kind: 'page',
  title: id,
  required: true,
  content: '',
  url: null,
  startsAt: null,
  location: null,
  position,
  ...extra,
});

const mod = (id: string, position: number, activities: ActivityResponse[] = []): ModuleResponse => ({
  id,
  title: id,
  summary: '',
  position,
  activities,
});

const course = (modules: ModuleResponse[]): CourseDetailResponse => ({
  id: 'c',
  title: 'Kurssi',
  summary: '',
  language: 'fi',
  status: 'draft',
  latestVersion: null,
  trainerIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  modules,
});

describe('moved', () => {
  it('moves an item up, down and to either end without touching the original', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moved(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moved(list, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moved(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moved(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps places outside the list, so moving the first item up changes nothing', () => {
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
  });
});

describe('reordering a course', () => {
  it('renumbers module positions to follow the new order', () => {
    const after = withModuleMoved(course([mod('A', 0), mod('B', 1), mod('C', 2)]), 2, 0);
    expect(after.modules.map((m) => [m.id, m.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
  });

  it('moves activities inside their own module only', () => {
    const before = course([
      mod('A', 0, [activity('a1', 0), activity('a2', 1), activity('a3', 2)]),
      mod('B', 1, [activity('b1', 0)]),
    ]);
    const after = withActivityMoved(before, 'A', 0, 2);
    expect(after.modules[0].activities.map((a) => [a.id, a.position])).toEqual([
      ['a2', 0],
      ['a3', 1],
      ['a1', 2],
    ]);
    expect(after.modules[1]).toBe(before.modules[1]);
    expect(before.modules[0].activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('activity bodies', () => {
  it('sends a page its content and nothing of the other kinds', () => {
    const draft = { ...draftOf(null), title: '  Luku 1 ', content: '<p>Teksti</p>', url: 'https://x.fi' };
    expect(activityBody(draft)).toEqual({
      kind: 'page',
      title: 'Luku 1',
      required: true,
      content: '<p>Teksti</p>',
    });
  });

  it('sends a link its address, a workshop its time and place, and leaves out empty optional fields', () => {
    const link = { ...draftOf(null, 'link'), title: 'Tallenne', url: ' https://example.fi/video ' };
    expect(activityBody(link)).toMatchObject({ kind: 'link', url: 'https://example.fi/video' });
    const workshop = { ...draftOf(null, 'workshop'), title: 'Lähipäivä', location: 'Tampere' };
    expect(activityBody(workshop)).not.toHaveProperty('startsAt');
    expect(activityBody({ ...workshop, startsAt: '2026-03-02T09:30' })).toMatchObject({
      startsAt: new Date(2026, 2, 2, 9, 30).toISOString(),
      location: 'Tampere',
    });
    expect(activityBody({ ...workshop, location: ' ' })).not.toHaveProperty('location');
  });

  it('sends an edit every field of the kind, an emptied one as null so it is cleared', () => {
    const workshop = { ...draftOf(null, 'workshop'), title: 'Paja', startsAt: '', location: '', url: 'x' };
    expect(activityChanges('workshop', workshop)).toEqual({
      title: 'Paja',
      required: true,
      content: '',
      startsAt: null,
      location: null,
    });
    expect(activityChanges('page', { ...draftOf(null), title: 'Luku', content: '<p>A</p>' })).toEqual({
      title: 'Luku',
      required: true,
      content: '<p>A</p>',
    });
  });

  it('starts an edit from the activity, with its start in local time for the date-time field', () => {
    const startsAt = new Date(2026, 4, 20, 13, 5).toISOString();
    const draft = draftOf(
      activity('w', 0, { kind: 'workshop', required: false, startsAt, location: 'Oulu' }),
    );
    expect(draft).toMatchObject({
      kind: 'workshop',
      required: false,
      startsAt: '2026-05-20T13:05',
      location: 'Oulu',
    });
    expect(fromLocalInput(toLocalInput(startsAt))).toBe(startsAt);
  });
});
