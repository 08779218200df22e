import { Actor, auth, createOrganization, createUser } from '../factories';
import { TestApp } from '../setup/test-app';

/** A write route for the arbitrary-input tests (as arbitrary-input.int-spec.ts's WriteRoute). */
export interface Route {
  method: 'post' | 'put' | 'patch';
  path: string;
  as: Actor;
  fields: string[];
}

/**
 * The developer groups' writes, on a group of their own: `member`'s organisation belongs, the trainer facilitates,
 * with a thread and its first post, an open market dialogue and a coordinator's request waiting.
 */
export async function developerGroupRoutes(
  t: TestApp,
  { admin, trainer, member }: { admin: Actor; trainer: Actor; member: Actor },
): Promise<Route[]> {
  // A developer group: `member`'s organisation belongs, the trainer facilitates; a thread, a post, a dialogue.
  const groupId = (
    await t.http
      .post('/api/developer-groups')
      .set(auth(admin))
      .send({
        name: 'Ryhmä',
        theme: 'teema',
        description: '',
        language: 'fi',
        facilitatorIds: [trainer.id],
      })
      .expect(201)
  ).body.id as string;
  const memberOrg = (await t.http.get('/api/auth/me').set(auth(member))).body.organizationId as string;
  await t.http
    .post(`/api/developer-groups/${groupId}/members`)
    .set(auth(admin))
    .send({ organizationId: memberOrg })
    .expect(201);
  const groupThread = (
    await t.http
      .post(`/api/developer-groups/${groupId}/threads`)
      .set(auth(member))
      .send({ title: 'Ketju', body: 'Avaus' })
      .expect(201)
  ).body.id as string;
  const groupPost = (await t.http.get(`/api/threads/${groupThread}`).set(auth(member))).body.posts[0]
    .id as string;
  const dialogue = (
    await t.http
      .post(`/api/developer-groups/${groupId}/events`)
      .set(auth(admin))
      .send({
        title: 'Vuoropuhelu',
        kind: 'market_dialogue',
        startsAt: '2027-01-01T09:00:00Z',
        registrationOpen: true,
      })
      .expect(201)
  ).body.id as string;
  const groupCoordinator = await createUser(t, admin, {
    roles: ['participant', 'coordinator'],
    organizationId: (await createOrganization(t, admin)).id,
  });
  const joinRequest = (
    await t.http
      .post(`/api/developer-groups/${groupId}/join-requests`)
      .set(
        auth(
          await createUser(t, admin, {
            roles: ['participant', 'coordinator'],
            organizationId: (await createOrganization(t, admin)).id,
          }),
        ),
      )
      .send({})
      .expect(201)
  ).body.id as string;

  return [
    {
      method: 'post',
      path: '/api/developer-groups',
      as: admin,
      fields: ['name', 'theme', 'description', 'language', 'facilitatorIds'],
    },
    {
      method: 'post',
      path: `/api/developer-groups/${groupId}/members`,
      as: admin,
      fields: ['organizationId'],
    },
    {
      method: 'post',
      path: `/api/developer-groups/${groupId}/join-requests`,
      as: groupCoordinator,
      fields: ['message'],
    },
    { method: 'patch', path: `/api/join-requests/${joinRequest}`, as: admin, fields: ['status'] },
    {
      method: 'post',
      path: `/api/developer-groups/${groupId}/threads`,
      as: member,
      fields: ['title', 'body'],
    },
    { method: 'post', path: `/api/threads/${groupThread}/posts`, as: member, fields: ['body'] },
    { method: 'put', path: `/api/threads/${groupThread}/follow`, as: member, fields: ['following'] },
    { method: 'patch', path: `/api/posts/${groupPost}`, as: member, fields: ['body', 'hidden'] },
    {
      method: 'post',
      path: `/api/developer-groups/${groupId}/events`,
      as: admin,
      fields: ['title', 'kind', 'startsAt', 'location', 'onlineUrl', 'description', 'registrationOpen'],
    },
    {
      method: 'post',
      path: `/api/events/${dialogue}/registrations`,
      as: admin,
      fields: ['fullName', 'company', 'businessId', 'email', 'consent', 'locale'],
    },
  ];
}
