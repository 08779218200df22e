import type { ActivityKind, CaseInput } from '@keino/contracts';

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

export interface DemoCase {
  organization: (typeof DEMO_ORGANIZATIONS)[number]['key'];
  /** The author, one of the named demo accounts; null when the case was written by someone not in the demo. */
  author: string | null;
  status: 'draft' | 'published';
  /** Days since publishing (published cases only). */
  publishedDaysAgo?: number;
  input: CaseInput;
  comments?: { author: string; body: string; daysAgo: number }[];
}

/**
 * The case library's demo: published cases of several organisations (mostly Finnish, one Swedish, one English), with
 * varied themes, procedures and regions, and one unfinished draft of Tampere, which only Tampere's people see.
 */
export const DEMO_CASES: DemoCase[] = [
  {
    organization: 'oulu',
    author: null,
    status: 'published',
    publishedDaysAgo: 12,
    input: {
      title: 'Kouluruokailun elintarvikkeet ilmastokriteerein',
      summary:
        'Oulu kilpailutti koulujen ja päiväkotien elintarvikkeet niin, että kouluruokailun ilmastovaikutus pienenee ' +
        'ilman, että ruoan laatu tai hinta kärsivät. Kasvisruoan osuutta kasvatettiin ja kotimaisen kalan ja ' +
        'kauden kasvisten saatavuus varmistettiin osiin jakamalla.',
      language: 'fi',
      purchased:
        'Elintarvikkeet noin 90 koulun ja 120 päiväkodin ruokapalveluille neljäksi vuodeksi, 14 osa-aluetta ' +
        '(mm. kala, juurekset, leipä, kasviproteiinit). Arvo noin 11 miljoonaa euroa vuodessa.',
      procedure: 'open',
      sustainabilityCriteria:
        'Vähimmäisvaatimuksina eläinten hyvinvointi ja vastuullisesti pyydetty kala (MSC tai vastaava). ' +
        'Laatupisteitä kauden kasviksista, pakkausmateriaalin vähentämisestä ja kuljetusten päästöistä. ' +
        'Sopimuskaudella toimittaja raportoi tuotteiden hiilijalanjäljen kahdesti vuodessa.',
      innovationCriteria:
        'Kasviproteiinien osa-alueella pyydettiin uusia, lapsille maistuvia tuotteita; koulujen raati arvioi ' +
        'maistatuksessa makua ja rakennetta.',
      results:
        'Kouluruokailun ilmastopäästöt laskivat ensimmäisenä vuonna arviolta 14 prosenttia. Pienet paikalliset ' +
        'toimittajat voittivat viisi osa-aluetta, ja hävikki väheni, kun ruokalistat suunniteltiin kauden mukaan.',
      themes: ['climate', 'sustainability', 'impact_measurement'],
      cpvCode: '15000000-8',
      contactName: 'Riikka Ruokonen',
      contactEmail: 'riikka.ruokonen@ouka.example',
    },
    comments: [
      {
        author: 'manager@keino.example',
        body: 'Hyvä esimerkki osiin jakamisesta! Miten hiilijalanjäljen raportointi onnistui pieniltä toimittajilta?',
        daysAgo: 9,
      },
      {
        author: 'coordinator@keino.example',
        body: 'Meillä Tampereella valmistellaan samaa. Jaettaisiinko maistatuksen arviointilomake?',
        daysAgo: 6,
      },
    ],
  },
  {
    organization: 'espoo',
    author: null,
    status: 'published',
    publishedDaysAgo: 30,
    input: {
      title: 'Kiertotalouden kalusteet: kunnostettu ensin, uusi vasta sitten',
      summary:
        'Espoo muutti toimitilakalusteiden hankinnan palveluksi, jossa kalusteet kunnostetaan ja kierrätetään ' +
        'ensisijaisesti. Uusia kalusteita ostetaan vain, kun kunnostettua ei ole saatavilla.',
      language: 'fi',
      purchased:
        'Toimisto-, koulu- ja päiväkotikalusteiden puitejärjestely sekä kalusteiden kunnostus-, varastointi- ja ' +
        'uudelleenkäyttöpalvelu. Kolme toimittajaa, sopimuskausi 2+2 vuotta.',
      procedure: 'framework_agreement',
      sustainabilityCriteria:
        'Kalusteilta edellytetään vaihdettavia osia ja vähintään 10 vuoden varaosasaatavuutta. Vertailussa ' +
        'painotettiin elinkaarikustannuksia ja kunnostuspalvelun kattavuutta. Kierrätysmateriaalin osuus raportoidaan.',
      innovationCriteria:
        'Markkinavuoropuhelussa toimittajat ehdottivat kalustepankkia, josta yksiköt varaavat vapautuneita kalusteita.',
      results:
        'Ensimmäisen vuoden aikana 62 prosenttia tilauksista toimitettiin kunnostettuina. Kalustehankintojen ' +
        'kustannukset laskivat noin 300 000 euroa ja jätettä syntyi arviolta 40 tonnia vähemmän.',
      themes: ['circular_economy', 'sustainability', 'market_dialogue'],
      cpvCode: '39100000-3',
      contactName: 'Jussi Kalliola',
      contactEmail: 'jussi.kalliola@espoo.example',
    },
    comments: [
      {
        author: 'trainer@keino.example',
        body: 'Tätä käytetään akatemian kiertotalousjakson esimerkkinä. Kiitos avoimuudesta!',
        daysAgo: 20,
      },
    ],
  },
  {
    organization: 'pirha',
    author: null,
    status: 'published',
    publishedDaysAgo: 45,
    input: {
      title: 'Markkinavuoropuhelu kotihoidon etäteknologiasta',
      summary:
        'Pirkanmaan hyvinvointialue kävi ennen kilpailutusta laajan markkinavuoropuhelun kotihoidon ' +
        'etähoivasta ja turvateknologiasta. Vuoropuhelun pohjalta hankinta toteutettiin innovaatiokumppanuutena.',
      language: 'fi',
      purchased:
        'Etähoivapalvelu ja siihen liittyvät turvalaitteet noin 3 000 kotihoidon asiakkaalle sekä yhteiskehitys ' +
        'kotihoidon henkilöstön kanssa 18 kuukauden ajan.',
      procedure: 'innovation_partnership',
      sustainabilityCriteria:
        'Laitteiden huolto ja uudelleenkäyttö asiakkaalta toiselle sekä saavutettavat käyttöliittymät ' +
        '(WCAG 2.1 AA) ikääntyneille.',
      innovationCriteria:
        'Tarjoajat kuvasivat, miten ratkaisu vähentää turhia kotikäyntejä ja miten asiakkaan toimintakykyä mitataan. ' +
        'Kehitysvaiheen välitavoitteet määriteltiin yhdessä.',
      results:
        'Kahdeksan yritystä osallistui vuoropuheluun, ja kolme jätti tarjouksen. Pilotissa kotikäyntejä korvattiin ' +
        'etäkäynneillä 22 prosenttia, ja asiakastyytyväisyys pysyi ennallaan.',
      themes: ['market_dialogue', 'innovation', 'digitalisation'],
      cpvCode: '85000000-9',
      contactName: 'Tiina Hoivala',
      contactEmail: 'tiina.hoivala@pirha.example',
    },
  },
  {
    organization: 'tampere',
    author: 'manager@keino.example',
    status: 'published',
    publishedDaysAgo: 60,
    input: {
      title: 'Vähähiilinen koulurakennus allianssimallilla',
      summary:
        'Tampere asetti uuden koulun rakentamiselle hiilijalanjäljen enimmäisarvon ja vertaili tarjoajien keinoja ' +
        'päästöjen vähentämiseen. Työmaa toimi fossiilittomana.',
      language: 'fi',
      purchased:
        'Noin 9 000 neliön yhtenäiskoulun suunnittelu ja rakentaminen, kokonaisarvo noin 38 miljoonaa euroa.',
      procedure: 'negotiated',
      sustainabilityCriteria:
        'Rakennuksen hiilijalanjälki enintään 14 kg CO₂e/m²/vuosi (Ympäristöministeriön menetelmä). Päästöttömät ' +
        'työmaakoneet, kierrätettävät purkumateriaalit ja puurakentamisen osuus vertailussa.',
      innovationCriteria:
        'Neuvotteluissa tarjoajat esittivät vähähiilisen betonin ja puuelementtien yhdistelmiä, joiden vaikutus ' +
        'laskettiin yhteisellä laskentamallilla.',
      results:
        'Toteutunut hiilijalanjälki oli 12,4 kg CO₂e/m²/vuosi, noin 25 prosenttia vertailukohdetta pienempi. ' +
        'Kustannukset pysyivät tavoitehinnassa.',
      themes: ['climate', 'strategy', 'impact_measurement'],
      cpvCode: '45214200-2',
      contactName: 'Maija Hankintapäällikkö',
      contactEmail: 'manager@keino.example',
    },
  },
  {
    organization: 'lappi',
    author: null,
    status: 'published',
    publishedDaysAgo: 80,
    input: {
      title: 'Siivouspalveluiden puitejärjestely sosiaalisin kriteerein',
      summary:
        'Lapin hankintarengas kilpailutti jäsenkuntiensa siivouspalvelut niin, että sopimukset työllistävät ' +
        'vaikeasti työllistyviä ja työntekijöiden työehdot varmistetaan koko sopimuskauden ajan.',
      language: 'fi',
      purchased:
        'Kiinteistöjen ylläpitosiivous seitsemälle kunnalle, kuusi aluekohtaista osaa. Sopimuskausi 3+1 vuotta.',
      procedure: 'framework_agreement',
      sustainabilityCriteria:
        'Sopimusehtona työllistämisvelvoite: vähintään yksi pitkäaikaistyötön tai osatyökykyinen henkilö ' +
        'jokaista alkavaa 500 000 euroa kohden. Ympäristömerkityt pesuaineet ja mikrokuitumenetelmät.',
      innovationCriteria: '',
      results:
        'Sopimuskaudella palvelujen piiriin työllistyi 17 henkilöä, joista yhdeksän jäi toimittajalle vakituiseen ' +
        'työsuhteeseen. Pienet paikalliset yritykset pärjäsivät aluekohtaisissa osissa.',
      themes: ['social_responsibility', 'cooperation', 'sustainability'],
      cpvCode: '90919200-4',
      contactName: 'Kalle Tunturi',
      contactEmail: 'kalle.tunturi@lapinhankinta.example',
    },
  },
  {
    organization: 'ksshva',
    author: null,
    status: 'published',
    publishedDaysAgo: 100,
    input: {
      title: 'Pienhankintojen paikallinen markkinavuoropuhelu',
      summary:
        'Keski-Suomen hyvinvointialue avasi pienhankintansa paikallisille yrityksille: vuosikello, ' +
        'yrittäjäillat ja yksinkertaistetut tarjouspyynnöt.',
      language: 'fi',
      purchased:
        'Kansallisen kynnysarvon alittavat hankinnat, kuten kuntoutusvälineet, pienet korjaukset ja ' +
        'koulutuspalvelut; noin 400 hankintaa vuodessa.',
      procedure: 'small_procurement',
      sustainabilityCriteria:
        'Kuljetusten päästöt ja pakkausten vähentäminen pisteytetään, kun se on mahdollista.',
      innovationCriteria:
        'Tarjouspyynnöissä kuvataan tarve, ei valmista ratkaisua, jotta yritykset voivat ehdottaa omaansa.',
      results:
        'Tarjousten määrä kasvoi keskimäärin 1,8:sta 3,4:ään hankintaa kohden, ja maakunnan yritysten osuus ' +
        'pienhankinnoista nousi 41 prosentista 58 prosenttiin.',
      themes: ['market_dialogue', 'cooperation', 'strategy'],
      cpvCode: null,
      contactName: 'Elina Lähde',
      contactEmail: 'elina.lahde@hyvaks.example',
    },
  },
  {
    organization: 'turku',
    author: null,
    status: 'published',
    publishedDaysAgo: 20,
    input: {
      title: 'Elbilar för hemvården genom ett dynamiskt inköpssystem',
      summary:
        'Åbo stad ersatte hemvårdens fossildrivna bilar med elbilar. Ett dynamiskt inköpssystem gjorde det möjligt ' +
        'att köpa i omgångar när marknaden och laddinfrastrukturen utvecklades.',
      language: 'sv',
      purchased:
        'Leasing av 120 elbilar med service samt laddstationer vid hemvårdens sex baser, under fyra år.',
      procedure: 'dynamic_purchasing_system',
      sustainabilityCriteria:
        'Nollutsläppsfordon enligt lagen om krav på miljöegenskaper för fordon (1509/2021). Batteriernas ' +
        'ursprung och återvinning rapporteras; däck med låg rullmotstånd.',
      innovationCriteria: 'Leverantörerna föreslog smart laddning som styrs efter hemvårdens körscheman.',
      results:
        'Hemvårdens koldioxidutsläpp från körning minskade med cirka 280 ton per år, och bränsle- och ' +
        'underhållskostnaderna sjönk med 18 procent.',
      themes: ['climate', 'sustainability', 'innovation'],
      cpvCode: '34144900-7',
      contactName: 'Anders Lindqvist',
      contactEmail: 'anders.lindqvist@turku.example',
    },
  },
  {
    organization: 'vayla',
    author: null,
    status: 'published',
    publishedDaysAgo: 120,
    input: {
      title: 'Carbon-handprint criteria in road maintenance contracts',
      summary:
        'The Finnish Transport Infrastructure Agency piloted award criteria that reward lower emissions from ' +
        'asphalt and machinery in regional road maintenance, and measured the effect over two winters.',
      language: 'en',
      purchased:
        'Regional road maintenance contracts (five years) in two areas, incl. paving and winter maintenance.',
      procedure: 'restricted',
      sustainabilityCriteria:
        'Price reductions for verified emission cuts: recycled asphalt, warm-mix asphalt and renewable diesel. ' +
        'Suppliers report fuel use and emissions monthly.',
      innovationCriteria:
        'Tenderers proposed their own emission-cutting measures; the agency checked them with a shared calculator.',
      results:
        'Emissions fell by about 20 % compared with earlier contracts in the same areas. The criteria are now ' +
        'part of the agency’s standard maintenance tender documents.',
      themes: ['climate', 'impact_measurement', 'innovation'],
      cpvCode: '45233000-9',
      contactName: 'Laura Rata',
      contactEmail: 'laura.rata@vayla.example',
    },
  },
  {
    organization: 'tampere',
    author: 'coordinator@keino.example',
    status: 'draft',
    input: {
      title: 'Kaupunkipyörien palvelu – luonnos',
      summary: 'Kaupunkipyöräpalvelun uusi kilpailutus: mitä opimme ensimmäisestä sopimuskaudesta.',
      language: 'fi',
      purchased: '',
      procedure: 'competitive_dialogue',
      sustainabilityCriteria: '',
      innovationCriteria: '',
      results: '',
      themes: [],
      cpvCode: null,
      contactName: 'Sanna Koordinaattori',
      contactEmail: 'coordinator@keino.example',
    },
  },
];
