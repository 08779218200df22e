import { withCheckDigit } from '../organizations/business-id';
import type { DeveloperGroupsService } from '../developer-groups/developer-groups.service';
import type { DiscussionService } from '../developer-groups/discussion.service';
import type { DocumentsService } from '../developer-groups/documents.service';
import type { EventsService } from '../developer-groups/events.service';
import { DAY } from './demo-history';
import { simplePdf } from './demo-pdf';

export interface DeveloperGroupSeeding {
  groups: DeveloperGroupsService;
  discussion: DiscussionService;
  documents: DocumentsService;
  events: EventsService;
}

/** Who writes in the demo groups: the named trainers, and the generated participants (demoParticipants). */
export interface DeveloperGroupPeople {
  trainers: string[];
  /** Generated participant i works for the i-th organisation in turn. */
  generated: string[];
}

interface DemoPost {
  /** An organisation's key, and which of its people (0, 1…); `trainer` for the facilitator. */
  by: string;
  n?: number;
  daysAgo: number;
  body: string;
}

interface DemoGroup {
  name: string;
  theme: string;
  description: string;
  facilitator: number;
  members: string[];
  threads: { title: string; posts: DemoPost[] }[];
}

/**
 * Three developer groups (kehittäjäryhmät) as KEINO runs them: the zero-emission construction sites green deal's
 * buyers, school and care food services, and wellbeing technology in the wellbeing services counties.
 */
export const DEMO_DEVELOPER_GROUPS: DemoGroup[] = [
  {
    name: 'Päästöttömät työmaat',
    theme: 'päästöttömät työmaat',
    description:
      'Rakennuttajat ja infraomistajat jakavat kokemuksia päästöttömien työmaiden hankinnoista, sopivat yhteisistä ' +
      'kriteereistä ja käyvät markkinavuoropuhelua työkone- ja kalustotoimittajien kanssa.',
    facilitator: 0,
    members: ['espoo', 'turku', 'vayla'],
    threads: [
      {
        title: 'Sähkökäyttöiset kaivinkoneet talvella – kokemuksia?',
        posts: [
          {
            by: 'espoo',
            daysAgo: 40,
            body:
              '<p>Meillä on ensi talvena kolme katuhanketta, joissa haluaisimme edellyttää sähkökäyttöisiä ' +
              'kaivinkoneita. Miten akut ovat riittäneet pakkasella? Onko kenelläkään kokemusta lämmitettävistä ' +
              'latauskonteista?</p>',
          },
          {
            by: 'turku',
            daysAgo: 38,
            body:
              '<p>Kauppatorin työmaalla 20-tonninen sähkökaivinkone riitti yhden vuoron, kun se ladattiin ' +
              'lounastauolla. Kovimmilla pakkasilla (−20 °C) käyttöaika lyheni noin viidenneksellä. ' +
              'Latauskontti kannattaa tilata urakkaan mukaan.</p>',
          },
          {
            by: 'vayla',
            daysAgo: 35,
            body:
              '<p>Väylävirastossa olemme pisteyttäneet päästöttömän kaluston laatukriteerinä emmekä ' +
              'vähimmäisvaatimuksena. Näin pienemmätkin urakoitsijat pystyvät osallistumaan.</p>',
          },
          {
            by: 'trainer',
            daysAgo: 34,
            body: '<p>Hyviä havaintoja! Kootaan nämä yhteiseen kriteeriluonnokseen – lisäsin sen Dokumentit-osioon.</p>',
          },
        ],
      },
      {
        title: 'Yhteiset hankintakriteerit 2027: kommentit luonnokseen',
        posts: [
          {
            by: 'trainer',
            daysAgo: 20,
            body:
              '<p>Luonnos yhteisistä kriteereistä on nyt jaettu. Kommentoikaa erityisesti siirtymäaikaa: ' +
              'riittääkö, että vuonna 2027 vähintään puolet työkoneista on päästöttömiä?</p>',
          },
          {
            by: 'espoo',
            n: 1,
            daysAgo: 18,
            body:
              '<p>Espoon puolesta puolet on realistinen. Raportoinnin pitäisi kuitenkin olla kevyt: ' +
              'käyttötunnit ja energiankulutus kuukausittain riittävät.</p>',
          },
          {
            by: 'turku',
            n: 1,
            daysAgo: 15,
            body:
              '<p>Ehdotan, että markkinavuoropuhelussa kysytään toimittajilta suoraan, mikä osuus on mahdollinen ' +
              'vuonna 2027 ja mikä 2028.</p>',
          },
        ],
      },
    ],
  },
  {
    name: 'Kestävät ruokapalvelut',
    theme: 'kestävät ruokapalvelut',
    description:
      'Kuntien ja hyvinvointialueiden ruokapalveluiden hankkijat: kasvisruoan osuus, ruokahävikki, ' +
      'kotimaisuus ja lähiruoka hankintakriteereissä.',
    facilitator: 1,
    members: ['tampere', 'oulu', 'pirha'],
    threads: [
      {
        title: 'Ruokahävikin seuranta sopimuksen ehtona',
        posts: [
          {
            by: 'oulu',
            daysAgo: 25,
            body:
              '<p>Olemme lisänneet koulujen ruokapalvelusopimukseen velvoitteen punnita lautas- ja ' +
              'valmistushävikki viikoittain. Kokemukset ovat hyviä: hävikki laski vuodessa 18 %.</p>',
          },
          {
            by: 'tampere',
            daysAgo: 22,
            body:
              '<p>Kiinnostavaa! Miten sopimuksessa on sovittu siitä, kuka maksaa punnituslaitteet? ' +
              'Meillä tästä tuli kiistaa edellisessä kilpailutuksessa.</p>',
          },
          {
            by: 'pirha',
            daysAgo: 21,
            body: '<p>Meillä laitteet ovat tilaajan, mutta palveluntuottaja raportoi tulokset. Toimii hyvin.</p>',
          },
        ],
      },
    ],
  },
  {
    name: 'Innovatiivinen hyvinvointiteknologia',
    theme: 'hyvinvointiteknologia',
    description:
      'Hyvinvointialueet kehittävät yhdessä etähoivan, kotona asumista tukevan teknologian ja digitaalisten ' +
      'palveluiden innovatiivisia hankintoja.',
    facilitator: 0,
    members: ['pirha', 'ksshva'],
    threads: [
      {
        title: 'Etähoivan vaikuttavuuden mittarit',
        posts: [
          {
            by: 'ksshva',
            daysAgo: 12,
            body:
              '<p>Millä mittareilla olette seuranneet etähoivan vaikuttavuutta? Meillä on käytössä ' +
              'kotikäyntien määrä ja asiakastyytyväisyys, mutta haluaisimme mitata myös toimintakykyä.</p>',
          },
          {
            by: 'pirha',
            daysAgo: 10,
            body:
              '<p>Käytämme RAI-arviointeja puolen vuoden välein. Hankinnassa sovimme, että toimittaja ' +
              'raportoi käyttöasteen, jotta tuloksia voi verrata.</p>',
          },
        ],
      },
    ],
  },
];

/** The groups, their discussion, the construction group's shared criteria, a past meeting and an open dialogue. */
export async function seedDeveloperGroups(
  services: DeveloperGroupSeeding,
  orgs: Record<string, string>,
  demoPeople: DeveloperGroupPeople,
  now: number,
): Promise<void> {
  const keys = Object.keys(orgs);
  const people = {
    trainers: demoPeople.trainers,
    // The n-th generated participant of an organisation.
    of: (key: string, n = 0) => demoPeople.generated[keys.indexOf(key) + n * keys.length],
  };
  const ids: string[] = [];
  for (const g of DEMO_DEVELOPER_GROUPS) {
    const facilitator = people.trainers[g.facilitator];
    const groupId = await services.groups.seedGroup({
      name: g.name,
      theme: g.theme,
      description: g.description,
      language: 'fi',
      facilitatorIds: [facilitator],
      members: g.members.map((key, i) => ({
        organizationId: orgs[key],
        joinedAt: new Date(now - (90 - i) * DAY),
      })),
    });
    ids.push(groupId);
    for (const th of g.threads) {
      await services.discussion.seedThread(
        {
          groupId,
          title: th.title,
          posts: th.posts.map((p) => ({
            authorId: p.by === 'trainer' ? facilitator : people.of(p.by, p.n),
            body: p.body,
            at: new Date(now - p.daysAgo * DAY),
          })),
        },
        'fi',
      );
    }
  }
  const [construction] = ids;
  const criteria = (version: string) =>
    simplePdf(`Päästöttömät työmaat: yhteiset hankintakriteerit (${version})`, [
      'Vähimmäisvaatimus: työmaan lämmitys ja kuivatus ilman fossiilisia polttoaineita.',
      'Laatukriteeri: päästöttömien työkoneiden osuus käyttötunneista.',
      'Raportointi: käyttötunnit ja energiankulutus kuukausittain.',
    ]);
  await services.documents.seedVersion({
    groupId: construction,
    name: 'Yhteiset hankintakriteerit.pdf',
    data: criteria('luonnos 1'),
    mediaType: 'application/pdf',
    uploadedBy: people.trainers[0],
    at: new Date(now - 34 * DAY),
  });
  await services.documents.seedVersion({
    groupId: construction,
    name: 'Yhteiset hankintakriteerit.pdf',
    data: criteria('luonnos 2'),
    mediaType: 'application/pdf',
    uploadedBy: people.of('espoo', 1),
    at: new Date(now - 16 * DAY),
  });
  await services.events.seedEvent(
    {
      groupId: construction,
      title: 'Kevään verkostotapaaminen',
      kind: 'meeting',
      startsAt: new Date(now - 30 * DAY),
      location: 'Espoon kaupungintalo, Espoonkatu 5',
      onlineUrl: null,
      description: 'Kriteeriluonnoksen läpikäynti ja kokemukset talven työmailta.',
      registrationOpen: false,
    },
    [],
  );
  await services.events.seedEvent(
    {
      groupId: construction,
      title: 'Markkinavuoropuhelu: päästöttömät työkoneet ja työmaan energia',
      kind: 'market_dialogue',
      startsAt: new Date(now + 21 * DAY),
      location: 'Helsinki, Senaatintalo',
      onlineUrl: 'https://teams.example/keino-markkinavuoropuhelu',
      description:
        'Ostajaryhmä esittelee tulevat hankintansa ja yhteiset kriteerit. Kuulemme toimittajien näkemykset ' +
        'siirtymäajasta, latausratkaisuista ja raportoinnista. Tilaisuus on maksuton.',
      registrationOpen: true,
    },
    [
      {
        fullName: 'Mikko Laaksonen',
        company: 'Sähkötyökone Laaksonen Oy',
        businessId: withCheckDigit('2345678'),
        email: 'mikko.laaksonen@sahkotyokone.example',
        at: new Date(now - 3 * DAY),
      },
      {
        fullName: 'Johanna Koski',
        company: 'Työmaaenergia Koski Oy',
        businessId: withCheckDigit('1234567'),
        email: 'johanna.koski@tyomaaenergia.example',
        at: new Date(now - DAY),
      },
    ],
  );
}
