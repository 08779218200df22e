import { randomUUID } from 'node:crypto';

import { Actor, auth, businessId, createOrganization, createUser } from '../factories';
import { TestApp } from '../setup/test-app';
import { ActorName, Case, NONE, PNG, World } from './matrix';

/**
 * What the developer-group rows act on: a group facilitated by `trainer` whose member is orgA (so `participant`,
 * `colleague` and `coordinator` are inside; `outsider` of orgB, `agent` and a trainer of their own are not), with a thread by
 * `participant`, its first post, a shared document, a meeting and an open market dialogue.
 */
export interface DeveloperGroupWorld {
  groupId: string;
  threadId: string;
  postId: string;
  documentId: string;
  meetingId: string;
  dialogueId: string;
  /** A coordinator of an organisation of their own, outside the group: for rows that ask to join. */
  freshCoordinator(): Promise<Actor>;
  /** A pending request of a new organisation, for rows that decide one. */
  freshRequest(): Promise<string>;
  /** A trainer who does not facilitate the group (the world's `otherTrainer` joins orgA by invitation). */
  freshTrainer(): Promise<Actor>;
  /** A new organisation, for rows that add one. */
  freshOrganization(): Promise<string>;
  /** The organisation a row made to add (its path makes it, its body names it). */
  lastOrganization?: string;
}

export async function developerGroupWorld(
  t: TestApp,
  admin: Actor,
  users: { trainer: Actor; participant: Actor },
  orgA: string,
): Promise<DeveloperGroupWorld> {
  const group = await t.http
    .post('/api/developer-groups')
    .set(auth(admin))
    .send({
      name: 'Matriisiryhmä',
      theme: 'päästöttömät työmaat',
      description: '',
      language: 'fi',
      facilitatorIds: [users.trainer.id],
    })
    .expect(201);
  const groupId = group.body.id as string;
  await t.http
    .post(`/api/developer-groups/${groupId}/members`)
    .set(auth(admin))
    .send({ organizationId: orgA })
    .expect(201);
  const thread = await t.http
    .post(`/api/developer-groups/${groupId}/threads`)
    .set(auth(users.participant))
    .send({ title: 'Ketju', body: '<p>Avaus</p>' })
    .expect(201);
  const posts = await t.http.get(`/api/threads/${thread.body.id}`).set(auth(users.participant)).expect(200);
  const doc = await t.http
    .post(`/api/developer-groups/${groupId}/documents`)
    .set(auth(users.participant))
    .attach('file', PNG, 'kuva.png')
    .expect(201);
  const event = async (kind: string, registrationOpen: boolean) =>
    (
      await t.http
        .post(`/api/developer-groups/${groupId}/events`)
        .set(auth(users.trainer))
        .send({ title: 'Tilaisuus', kind, startsAt: '2027-05-01T09:00:00Z', registrationOpen })
        .expect(201)
    ).body.id as string;
  const freshOrganization = async () => (await createOrganization(t, admin)).id;
  const freshCoordinator = async () =>
    createUser(t, admin, {
      roles: ['participant', 'coordinator'],
      organizationId: await freshOrganization(),
    });
  return {
    groupId,
    threadId: thread.body.id,
    postId: posts.body.posts[0].id,
    documentId: doc.body.id,
    meetingId: await event('meeting', false),
    dialogueId: await event('market_dialogue', true),
    freshCoordinator,
    freshOrganization,
    freshTrainer: () => createUser(t, admin, { roles: ['trainer'] }),
    freshRequest: async () =>
      (
        await t.http
          .post(`/api/developer-groups/${groupId}/join-requests`)
          .set(auth(await freshCoordinator()))
          .send({})
          .expect(201)
      ).body.id,
  };
}

const g = (w: World) => `/api/developer-groups/${w.developerGroups.groupId}`;
const thread = (w: World) => `/api/threads/${w.developerGroups.threadId}`;
const post = (w: World) => `/api/posts/${w.developerGroups.postId}`;
const supplier = () => ({
  fullName: 'Toimittaja',
  company: 'Yritys Oy',
  businessId: businessId(),
  email: `toimittaja-${randomUUID().slice(0, 8)}@yritys.example`,
  consent: true,
});

/** The rows of a route open to the group's people only: inside 2xx, everyone else 404 (claimants of orgA too). */
function insideOnly(
  path: (w: World) => string,
  inside: { as: ActorName; expect: number }[],
  extra: Partial<Case> = {},
): Case[] {
  const outside: ActorName[] = ['outsider', 'agent', 'unverifiedMember', 'pendingMember'];
  return [
    { as: 'anonymous', path, ...extra, expect: 401 },
    ...outside.map((as) => ({ as, path, ...extra, expect: 404 })),
    { as: 'trainer', caller: (w: World) => w.developerGroups.freshTrainer(), path, ...extra, expect: 404 },
    ...inside.map((c) => ({ ...c, path, ...extra })),
  ];
}

/** Developer groups: the directory for everyone signed in; inside for orgA's people, the trainer and admins. */
export const developerGroupRows: Record<string, Case[]> = {
  'POST /api/developer-groups': [
    { as: 'anonymous', path: () => '/api/developer-groups', expect: 401 },
    { as: 'trainer', path: () => '/api/developer-groups', body: () => ({}), expect: 403 },
    { as: 'coordinator', path: () => '/api/developer-groups', body: () => ({}), expect: 403 },
    {
      as: 'admin',
      path: () => '/api/developer-groups',
      body: (w) => ({
        name: 'Uusi',
        theme: 'kestävät ruokapalvelut',
        description: '',
        language: 'fi',
        facilitatorIds: [w.users.trainer.id],
      }),
      expect: 201,
    },
  ],
  'GET /api/developer-groups': [
    { as: 'anonymous', path: () => '/api/developer-groups', expect: 401 },
    { as: 'outsider', path: () => '/api/developer-groups', expect: 200 },
    { as: 'pendingMember', path: () => '/api/developer-groups?q=Matriisi', expect: 200 },
  ],
  'GET /api/developer-groups/{id}': [
    { as: 'anonymous', path: g, expect: 401 },
    { as: 'outsider', path: g, expect: 200 },
    { as: 'participant', path: g, expect: 200 },
    { as: 'outsider', path: () => `/api/developer-groups/${NONE}`, expect: 404 },
  ],
  'POST /api/developer-groups/{id}/members': [
    { as: 'anonymous', path: (w) => `${g(w)}/members`, expect: 401 },
    {
      as: 'coordinator',
      path: (w) => `${g(w)}/members`,
      body: (w) => ({ organizationId: w.orgB }),
      expect: 403,
    },
    {
      as: 'trainer',
      caller: (w: World) => w.developerGroups.freshTrainer(),
      path: (w) => `${g(w)}/members`,
      body: (w) => ({ organizationId: w.orgB }),
      expect: 403,
    },
    { as: 'trainer', path: (w) => `${g(w)}/members`, body: (w) => ({ organizationId: w.orgA }), expect: 409 },
    {
      as: 'trainer',
      path: async (w) => {
        w.developerGroups.lastOrganization = await w.developerGroups.freshOrganization();
        return `${g(w)}/members`;
      },
      body: (w) => ({ organizationId: w.developerGroups.lastOrganization }),
      expect: 201,
    },
  ],
  'POST /api/developer-groups/{id}/join-requests': [
    { as: 'anonymous', path: (w) => `${g(w)}/join-requests`, expect: 401 },
    // Only coordinators ask; one of orgA is a member already.
    { as: 'outsider', path: (w) => `${g(w)}/join-requests`, body: () => ({}), expect: 403 },
    { as: 'coordinator', path: (w) => `${g(w)}/join-requests`, body: () => ({}), expect: 409 },
    // A claimant of orgA has no proved organisation to ask for.
    { as: 'pendingMember', path: (w) => `${g(w)}/join-requests`, body: () => ({}), expect: 409 },
    {
      as: 'coordinator',
      caller: (w) => w.developerGroups.freshCoordinator(),
      path: (w) => `${g(w)}/join-requests`,
      body: () => ({ message: 'Mukaan' }),
      expect: 201,
    },
  ],
  'GET /api/developer-groups/{id}/join-requests': [
    { as: 'anonymous', path: (w) => `${g(w)}/join-requests`, expect: 401 },
    { as: 'coordinator', path: (w) => `${g(w)}/join-requests`, expect: 403 },
    {
      as: 'trainer',
      caller: (w: World) => w.developerGroups.freshTrainer(),
      path: (w) => `${g(w)}/join-requests`,
      expect: 403,
    },
    { as: 'trainer', path: (w) => `${g(w)}/join-requests`, expect: 200 },
    { as: 'admin', path: (w) => `${g(w)}/join-requests?status=approved`, expect: 200 },
  ],
  'PATCH /api/join-requests/{id}': [
    { as: 'anonymous', path: () => `/api/join-requests/${NONE}`, expect: 401 },
    {
      as: 'coordinator',
      path: async (w) => `/api/join-requests/${await w.developerGroups.freshRequest()}`,
      body: () => ({ status: 'approved' }),
      expect: 404,
    },
    {
      as: 'trainer',
      caller: (w: World) => w.developerGroups.freshTrainer(),
      path: async (w) => `/api/join-requests/${await w.developerGroups.freshRequest()}`,
      body: () => ({ status: 'approved' }),
      expect: 404,
    },
    {
      as: 'trainer',
      path: async (w) => `/api/join-requests/${await w.developerGroups.freshRequest()}`,
      body: () => ({ status: 'approved' }),
      expect: 200,
    },
    {
      as: 'admin',
      path: async (w) => `/api/join-requests/${await w.developerGroups.freshRequest()}`,
      body: () => ({ status: 'rejected' }),
      expect: 200,
    },
  ],
  'POST /api/developer-groups/{id}/threads': insideOnly(
    (w) => `${g(w)}/threads`,
    [
      { as: 'colleague', expect: 201 },
      { as: 'trainer', expect: 201 },
      { as: 'admin', expect: 201 },
    ],
    { body: () => ({ title: 'Uusi ketju', body: '<p>Teksti</p>' }) },
  ),
  'GET /api/developer-groups/{id}/threads': insideOnly(
    (w) => `${g(w)}/threads`,
    [
      { as: 'coordinator', expect: 200 },
      { as: 'trainer', expect: 200 },
      { as: 'admin', expect: 200 },
    ],
  ),
  'GET /api/threads/{id}': insideOnly(thread, [
    { as: 'colleague', expect: 200 },
    { as: 'trainer', expect: 200 },
    { as: 'admin', expect: 200 },
  ]),
  'POST /api/threads/{id}/posts': insideOnly(
    (w) => `${thread(w)}/posts`,
    [
      { as: 'coordinator', expect: 201 },
      { as: 'admin', expect: 201 },
    ],
    { body: () => ({ body: '<p>Vastaus</p>' }) },
  ),
  'PUT /api/threads/{id}/follow': insideOnly(
    (w) => `${thread(w)}/follow`,
    [{ as: 'colleague', expect: 200 }],
    { body: () => ({ following: true }) },
  ),
  'PATCH /api/posts/{id}': [
    ...insideOnly(post, [{ as: 'participant', expect: 200 }], { body: () => ({ body: '<p>Muokattu</p>' }) }),
    // The group's people other than the author: not theirs to edit or hide.
    { as: 'colleague', path: post, body: () => ({ body: '<p>Ei</p>' }), expect: 403 },
    { as: 'colleague', path: post, body: () => ({ hidden: true }), expect: 403 },
    { as: 'trainer', path: post, body: () => ({ hidden: true }), expect: 200 },
    { as: 'admin', path: post, body: () => ({ hidden: false }), expect: 200 },
  ],
  'POST /api/developer-groups/{id}/events': (
    [
      ['anonymous', 401],
      ['outsider', 403],
      ['participant', 403],

      ['trainer', 403],
      ['trainer', 201],
    ] as [ActorName, number][]
  ).map(([as, expect]) => ({
    as,
    caller: as === 'trainer' && expect === 403 ? (w: World) => w.developerGroups.freshTrainer() : undefined,
    path: (w: World) => `${g(w)}/events`,
    body: () => ({ title: 'Tapaaminen', kind: 'meeting', startsAt: '2027-06-01T09:00:00Z' }),
    expect,
  })),
  'GET /api/developer-groups/{id}/events': insideOnly(
    (w) => `${g(w)}/events`,
    [
      { as: 'participant', expect: 200 },
      { as: 'admin', expect: 200 },
    ],
  ),
  'GET /api/events/{id}': [
    ...insideOnly(
      (w) => `/api/events/${w.developerGroups.meetingId}`,
      [
        { as: 'colleague', expect: 200 },
        { as: 'trainer', expect: 200 },
      ],
    ),
    // An open market dialogue's public page: anyone, no token too.
    { as: 'anonymous', path: (w) => `/api/events/${w.developerGroups.dialogueId}`, expect: 200 },
    { as: 'outsider', path: (w) => `/api/events/${w.developerGroups.dialogueId}`, expect: 200 },
  ],
  'POST /api/events/{id}/registrations': [
    {
      as: 'anonymous',
      path: (w) => `/api/events/${w.developerGroups.dialogueId}/registrations`,
      body: supplier,
      expect: 201,
    },
    {
      as: 'anonymous',
      path: (w) => `/api/events/${w.developerGroups.meetingId}/registrations`,
      body: supplier,
      expect: 404,
    },
    {
      as: 'outsider',
      path: (w) => `/api/events/${w.developerGroups.dialogueId}/registrations`,
      body: supplier,
      expect: 201,
    },
  ],
  'GET /api/events/{id}/registrations': registrationRows(''),
  'GET /api/events/{id}/registrations.csv': registrationRows('.csv'),
  'GET /api/events/{id}/registrations.xlsx': registrationRows('.xlsx'),
  'POST /api/developer-groups/{id}/documents': insideOnly(
    (w) => `${g(w)}/documents`,
    [
      { as: 'colleague', expect: 201 },
      { as: 'trainer', expect: 201 },
    ],
    { attach: PNG },
  ),
  'GET /api/developer-groups/{id}/documents': insideOnly(
    (w) => `${g(w)}/documents`,
    [
      { as: 'coordinator', expect: 200 },
      { as: 'admin', expect: 200 },
    ],
  ),
  'GET /api/documents/{id}': insideOnly(
    (w) => `/api/documents/${w.developerGroups.documentId}`,
    [
      { as: 'participant', expect: 200 },
      { as: 'trainer', expect: 200 },
    ],
  ),
};

/** Registrations: the group's facilitators and admins; its other people 403, everyone else 404. */
function registrationRows(suffix: string): Case[] {
  const path = (w: World) => `/api/events/${w.developerGroups.dialogueId}/registrations${suffix}`;
  return [
    ...insideOnly(path, [
      { as: 'trainer', expect: 200 },
      { as: 'admin', expect: 200 },
    ]),
    { as: 'participant', path, expect: 403 },
  ];
}
