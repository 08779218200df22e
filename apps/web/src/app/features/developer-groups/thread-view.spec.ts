import type { DeveloperGroupResponse, ThreadResponse } from '@keino/contracts';

import { render } from '../../../testing/render';
import { ThreadView } from './thread-view';

const fi = { developerGroups: { thread: { hidden: 'Fasilitaattori on piilottanut tämän viestin.' } } };

const thread: ThreadResponse = {
  id: 't1',
  groupId: 'g1',
  groupName: 'Päästöttömät työmaat',
  title: 'Sähkökoneet',
  author: { id: 'u1', fullName: 'Jaana' },
  createdAt: '2026-11-01T10:00:00Z',
  postCount: 2,
  lastPostAt: '2026-11-02T10:00:00Z',
  unread: false,
  following: true,
  posts: [
    {
      id: 'p1',
      threadId: 't1',
      author: { id: 'u1', fullName: 'Jaana' },
      body: '<p>Kokemuksia <strong>talvella</strong>?</p>',
      hidden: false,
      createdAt: '2026-11-01T10:00:00Z',
      editedAt: null,
    },
    {
      id: 'p2',
      threadId: 't1',
      author: { id: 'u2', fullName: 'Kalle' },
      body: null,
      hidden: true,
      createdAt: '2026-11-02T10:00:00Z',
      editedAt: null,
    },
  ],
};

describe('ThreadView', () => {
  it('shows the posts in order, rich text as markup, and a hidden post as hidden without its text', async () => {
    const { element, fixture, http, stable } = render(ThreadView, { fi, inputs: { id: 't1' } });
    fixture.detectChanges();
    http.expectOne('/api/threads/t1').flush(thread);
    http.expectOne('/api/developer-groups/g1').flush({ canFacilitate: false } as DeveloperGroupResponse);
    await stable();
    fixture.detectChanges();
    const posts = Array.from(element.querySelectorAll('ol.posts > li'));
    expect(posts).toHaveLength(2);
    expect(posts[0].querySelector('.post-body strong')?.textContent).toBe('talvella');
    expect(posts[1].textContent).toContain('Fasilitaattori on piilottanut tämän viestin.');
    // Nobody but facilitators is offered to hide or show.
    expect(element.textContent).not.toContain('developerGroups.thread.hide');
  });
});
