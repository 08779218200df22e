import type { ListResponse, MeetingResponse, MentoringTeam } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { GroupMeetings } from './group-meetings';
import { MyTeams } from './my-teams';

const team: MentoringTeam = {
  cohortId: 'c1',
  cohortName: 'KEINO-akatemia',
  organizationId: 'o1',
  organizationName: 'Tampereen kaupunki',
  groupId: 'g1',
  as: 'coach',
  participants: 3,
  averagePercent: 42.5,
  assignmentStatus: 'submitted',
  assignmentId: 's1',
  late: 1,
  nextMeeting: null,
};

describe('MyTeams', () => {
  it('lists each team with its figures and links to its assignment and meetings', async () => {
    const { element, http, stable } = render(MyTeams, {
      fi: { groups: { assignmentStates: { submitted: 'Lähetetty' }, as: { coach: 'Valmentaja' } } },
    });
    await stable();
    http.expectOne((r) => r.url === '/api/me/mentoring').flush({ items: [team], total: 1 });
    await stable();
    const cells = Array.from(element.querySelectorAll('tbody td')).map((c) => c.textContent?.trim());
    expect(cells.slice(0, 4)).toEqual(['Valmentaja', '3', '42.5 %', '1']);
    const link = find<HTMLAnchorElement>(element, 'tbody a');
    expect(link.textContent?.trim()).toBe('Lähetetty');
    expect(link.getAttribute('href')).toBe('/teaching/c1/assignments/s1');
  });
});

describe('GroupMeetings', () => {
  const meeting: MeetingResponse = {
    id: 'm1',
    groupId: 'g1',
    title: 'Sprintti 1',
    startsAt: '2027-02-10T07:00:00.000Z',
    endsAt: null,
    location: 'Tampere',
    onlineUrl: null,
    attendance: [{ userId: 'u1', attended: true }],
    people: [
      { id: 'u1', fullName: 'Aino' },
      { id: 'u2', fullName: 'Bertil' },
    ],
  };

  it('records who came when a coach ticks a person', async () => {
    const { element, http, stable } = render(GroupMeetings, { inputs: { groupId: 'g1' } });
    await stable();
    const list: ListResponse<MeetingResponse> = { items: [meeting], total: 1 };
    http.expectOne((r) => r.url === '/api/groups/g1/meetings').flush(list);
    await stable();
    const boxes = Array.from(element.querySelectorAll<HTMLInputElement>('.attendance-list input'));
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    boxes[1].click();
    await stable();
    const put = http.expectOne('/api/meetings/m1/attendance/u2');
    expect(put.request.body).toEqual({ attended: true });
    put.flush({ meetingId: 'm1', userId: 'u2', attended: true });
    await stable();
    expect(element.querySelector('form')).not.toBeNull();
  });

  it('shows a participant when and where, without attendance or the form', async () => {
    const { element, http, stable } = render(GroupMeetings, { inputs: { groupId: 'g1' } });
    await stable();
    const plain: MeetingResponse = { ...meeting, attendance: undefined, people: undefined };
    http.expectOne((r) => r.url === '/api/groups/g1/meetings').flush({ items: [plain], total: 1 });
    await stable();
    expect(element.querySelector('.attendance-list')).toBeNull();
    expect(element.querySelector('form')).toBeNull();
    expect(find(element, 'h2').textContent?.trim()).toBe('Sprintti 1');
  });
});
