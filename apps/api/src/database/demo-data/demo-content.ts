import type { ActivityKind } from '@keino/contracts';

/** The demo course: leading the impact of procurement, in five periods (the academy's 2020–21 themes). */
export const DEMO_COURSE = {
  title: 'Hankintojen vaikuttavuuden johtaminen',
  summary:
    'KEINO-akatemian valmennusohjelma hankintayksiköiden johdolle: hankinnat strategiseksi johtamisen välineeksi, ' +
    'tiedolla johtaminen, vaikuttavuuden mittaaminen ja kestävät ja innovatiiviset hankinnat.',
};

export interface DemoActivity {
  kind: ActivityKind;
  title: string;
  required: boolean;
  content?: string;
  url?: string;
  location?: string;
  /** Days after the module's release. */
  startsAfterDays?: number;
}

export interface DemoModule {
  title: string;
  summary: string;
  activities: DemoActivity[];
}

export const DEMO_MODULES: DemoModule[] = [
  {
    title: 'Organisaation strategia ja hankintojen tavoitteet',
    summary: 'Miten hankinnat johdetaan organisaation strategiasta ja miten tavoitteet tehdään näkyviksi.',
    activities: [
      {
        kind: 'assessment',
        title: 'Hankintojen johtamisen kypsyystason itsearviointi (alku)',
        required: true,
        content: '<p>Arvioikaa tiiminä organisaationne lähtötaso ennen ensimmäistä lähipäivää.</p>',
      },
      {
        kind: 'page',
        title: 'Hankinnat strategisena johtamisen välineenä',
        required: true,
        content:
          '<h2>Miksi hankinnat kuuluvat johtoryhmän pöydälle</h2>' +
          '<p>Julkiset hankinnat ovat Suomessa yli 40 miljardin euron vuotuinen kokonaisuus. Kun hankinnat johdetaan ' +
          'organisaation strategiasta, niillä edistetään suoraan kuntalaisten palveluita, ilmastotavoitteita ja ' +
          'elinvoimaa – eikä vain ostota tavaroita ja palveluita mahdollisimman halvalla.</p>' +
          '<h3>Strategiasta hankintalinjauksiin</h3>' +
          '<ul><li>Tunnistakaa strategian tavoitteet, joihin hankinnoilla on suurin vaikutus.</li>' +
          '<li>Kirjatkaa hankintalinjaukset, jotka johdetaan näistä tavoitteista.</li>' +
          '<li>Sopikaa, miten linjausten toteutumista seurataan ja kuka siitä vastaa.</li></ul>' +
          '<p>Kypsyystasolla 3 linjaukset on johdettu strategiasta, tasolla 4 niitä myös seurataan ja tasolla 5 ' +
          'niitä mitataan ja parannetaan järjestelmällisesti.</p>',
      },
      {
        kind: 'link',
        title: 'Kansallinen hankintastrategia Hankinta-Suomi',
        required: false,
        url: 'https://www.hankinnat.fi/',
        content:
          '<p>Kahdeksan tavoitetta ja 27 mittaria, joihin oman organisaation linjauksia voi verrata.</p>',
      },
      {
        kind: 'workshop',
        title: 'Lähipäivä 1: Strategia ja hankintojen tavoitteet',
        required: true,
        location: 'Helsinki, Työ- ja elinkeinoministeriö, Aleksanterinkatu 4',
        startsAfterDays: 7,
        content:
          '<p>Tiimit esittelevät organisaationsa strategian ja hankintojen roolin siinä. Iltapäivällä pienryhmätyö KEINO-kummin kanssa.</p>',
      },
    ],
  },
  {
    title: 'Hankinta-analyysi ja tiedolla johtaminen',
    summary:
      'Mitä organisaatio ostaa, keneltä ja millä vaikutuksilla – ja miten tieto saadaan johdon käyttöön.',
    activities: [
      {
        kind: 'page',
        title: 'Hankinta-analyysin tekeminen',
        required: true,
        content:
          '<h2>Hankinta-analyysi johtamisen pohjaksi</h2>' +
          '<p>Hankinta-analyysi kokoaa ostolaskudatan, sopimukset ja toimittajatiedot yhdeksi kuvaksi. Sen avulla ' +
          'nähdään, mihin hankintaryhmiin euroja kuluu, missä kilpailu toimii ja missä sopimuksia puuttuu.</p>' +
          '<p>Hyödyntäkää avoimen datan palveluita, kuten <a href="https://www.tutkihankintoja.fi/">Tutkihankintoja.fi</a>, ' +
          'kun vertaatte omaa hankintarakennetta muihin vastaaviin organisaatioihin.</p>' +
          '<h3>Tehtävä tiimille</h3><p>Valitkaa kolme hankintaryhmää, joissa vaikuttavuuspotentiaali on suurin.</p>',
      },
      {
        kind: 'link',
        title: 'Tallenne: Tiedolla johtaminen hankinnoissa (webinaari)',
        required: false,
        url: 'https://www.hankinnat.fi/',
      },
      {
        kind: 'workshop',
        title: 'Lähipäivä 2: Hankinta-analyysin tulkinta',
        required: true,
        location: 'Verkossa (Teams), linkki lähetetään osallistujille',
        startsAfterDays: 10,
      },
    ],
  },
  {
    title: 'Toteutusvaihtoehdot, operationalisointi ja johtaminen',
    summary: 'Markkinavuoropuhelu, innovatiiviset menettelyt ja hankintatoimen organisointi.',
    activities: [
      {
        kind: 'page',
        title: 'Markkinavuoropuhelu ja innovatiiviset hankinnat',
        required: true,
        content:
          '<h2>Avoin vuoropuhelu ennen tarjouspyyntöä</h2>' +
          '<p>Hallituksen tavoitteena on, että 10 % julkisista hankinnoista on innovatiivisia. Innovatiivisuus voi ' +
          'olla markkinoille uutta, hankkijalle uutta tai uusi tapa hankkia. Markkinavuoropuhelu auttaa ' +
          'tunnistamaan, mitä markkinoilla on tarjolla ja mitä voisi kehittää yhdessä.</p>' +
          '<ul><li>Julkaiskaa ennakkoilmoitus hyvissä ajoin.</li><li>Kuvatkaa tarve, älkää valmista ratkaisua.</li>' +
          '<li>Dokumentoikaa vuoropuhelu tasapuolisesti.</li></ul>',
      },
      {
        kind: 'workshop',
        title: 'Lähipäivä 3: Hankintatoimen organisointi ja johtaminen',
        required: true,
        location: 'Tampere, Tampere-talo, Yliopistonkatu 55',
        startsAfterDays: 14,
      },
    ],
  },
  {
    title: 'Vaikuttavuus ja sen mittaaminen',
    summary: 'Vaikuttavuustavoitteiden asettaminen, mittarit ja seuranta sopimuskauden aikana.',
    activities: [
      {
        kind: 'page',
        title: 'Vaikuttavuuden mittarit',
        required: true,
        content:
          '<h2>Mitä mitataan, sitä johdetaan</h2>' +
          '<p>Vaikuttavuusmittari kertoo, mitä hankinnalla saatiin aikaan: esimerkiksi hiilidioksidipäästöjen ' +
          'väheneminen, työllistetyt henkilöt tai asiakastyytyväisyyden muutos. Sopikaa mittarit jo ' +
          'tarjouspyyntövaiheessa ja kirjatkaa sopimukseen, miten toimittaja raportoi niistä.</p>',
      },
      {
        kind: 'workshop',
        title: 'Lähipäivä 4: Vaikuttavuuden mittaaminen käytännössä',
        required: true,
        location: 'Helsinki, Säätytalo, Snellmaninkatu 9–11',
        startsAfterDays: 10,
      },
    ],
  },
  {
    title: 'Viestintä, riskienhallinta ja verkostot',
    summary: 'Kehittämistehtävän viimeistely, esittely johtoryhmälle ja loppuarviointi.',
    activities: [
      {
        kind: 'page',
        title: 'Hankintojen viestintä ja riskienhallinta',
        required: true,
        content:
          '<h2>Viestintä osana hankintojen johtamista</h2>' +
          '<p>Avoin viestintä hankintojen tavoitteista lisää luottamusta ja kilpailua. Jakakaa onnistumisia ' +
          'hankintaesimerkkeinä, jotta muut hankintayksiköt voivat oppia niistä.</p>',
      },
      {
        kind: 'assignment',
        title: 'Kehittämistehtävä: hankintalinjaus tai toimenpidesuunnitelma',
        required: true,
        content:
          '<p>Tiimi laatii organisaatiolleen hankintastrategian, -linjauksen tai toimenpidesuunnitelman pilotteineen ' +
          'ja esittelee sen johtoryhmälle.</p>',
      },
      {
        kind: 'assessment',
        title: 'Hankintojen johtamisen kypsyystason itsearviointi (loppu)',
        required: true,
      },
    ],
  },
];

/** ~8 organisations in several regions. Business IDs get their check digit computed. */
export const DEMO_ORGANIZATIONS = [
  { key: 'tampere', name: 'Tampereen kaupunki', body: '0211675', kind: 'municipality', region: '06' },
  { key: 'espoo', name: 'Espoon kaupunki', body: '0101263', kind: 'municipality', region: '01' },
  { key: 'oulu', name: 'Oulun kaupunki', body: '0187690', kind: 'municipality', region: '17' },
  { key: 'turku', name: 'Turun kaupunki', body: '0204819', kind: 'municipality', region: '02' },
  {
    key: 'pirha',
    name: 'Pirkanmaan hyvinvointialue',
    body: '3221308',
    kind: 'wellbeing_county',
    region: '06',
  },
  {
    key: 'ksshva',
    name: 'Keski-Suomen hyvinvointialue',
    body: '3221337',
    kind: 'wellbeing_county',
    region: '13',
  },
  { key: 'vayla', name: 'Väylävirasto', body: '1010547', kind: 'state_agency', region: '01' },
  { key: 'lappi', name: 'Lapin hankintarengas', body: '2845812', kind: 'joint_authority', region: '19' },
] as const;

export const FIRST_NAMES = [
  'Aino',
  'Eero',
  'Helmi',
  'Juha',
  'Kaisa',
  'Lauri',
  'Minna',
  'Niko',
  'Outi',
  'Pasi',
  'Riikka',
  'Sami',
  'Tiina',
  'Ville',
  'Anu',
  'Heikki',
  'Johanna',
  'Markku',
  'Sanna',
  'Tuomas',
  'Elina',
  'Jari',
  'Katja',
  'Mikko',
  'Päivi',
  'Antti',
  'Hanna',
  'Kimmo',
  'Leena',
  'Timo',
  'Satu',
  'Olli',
];
export const LAST_NAMES = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
  'Salo',
  'Laitinen',
  'Tuominen',
  'Rantanen',
  'Karjalainen',
  'Jokinen',
  'Mattila',
  'Savolainen',
  'Lahtinen',
  'Ahonen',
  'Hiltunen',
  'Leinonen',
];
