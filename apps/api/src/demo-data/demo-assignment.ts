/** The running cohort's team assignment of Tampere, submitted and awaiting review, and Espoo's draft. */
export const DEMO_ASSIGNMENT = {
  body: [
    '<h2>Tampereen kaupungin hankintalinjaus 2027–2030</h2>',
    '<p>Linjaus kokoaa kaupungin hankintojen strategiset tavoitteet ja niiden mittarit. Se on valmisteltu ',
    'hankintapalveluiden, talouden ja toimialojen yhteistyönä valmennuksen aikana.</p>',
    '<h3>Tavoitteet</h3>',
    '<ul><li>Hiilijalanjälki huomioidaan kaikissa yli 100 000 euron hankinnoissa.</li>',
    '<li>Markkinavuoropuhelu käydään ennen jokaista EU-kynnysarvon ylittävää hankintaa.</li>',
    '<li>Pienten ja keskisuurten yritysten osuus tarjoajista kasvaa.</li></ul>',
    '<h3>Mittarit ja seuranta</h3>',
    '<p>Hankinta-analyysi päivitetään vuosittain; vaikuttavuutta seurataan kolmella mittarilla, jotka raportoidaan ',
    'kaupunginhallitukselle.</p>',
  ].join(''),
  fileName: 'Hankintalinjaus_luonnos.pdf',
  pdfTitle: 'Tampereen kaupungin hankintalinjaus 2027-2030 (luonnos)',
  pdfLines: [
    '1. Strategiset tavoitteet',
    '   - Hiilijalanjälki huomioidaan kaikissa yli 100 000 euron hankinnoissa.',
    '   - Markkinavuoropuhelu ennen jokaista EU-kynnysarvon ylittävää hankintaa.',
    '   - PK-yritysten osuus tarjoajista kasvaa.',
    '2. Mittarit',
    '   - Ilmastokriteerien osuus kilpailutuksista (tavoite 80 %).',
    '   - Markkinavuoropuhelujen määrä vuodessa.',
    '   - PK-yritysten osuus tarjouksista.',
    '3. Vastuut ja seuranta',
    '   Hankintapalvelut raportoi kaupunginhallitukselle kerran vuodessa.',
  ],
  comment: 'Liitteenä linjauksen luonnos. Toivomme palautetta erityisesti mittareista.',
  draft:
    '<h2>Espoon toimenpidesuunnitelma</h2><p>Kartoitamme ensin nykyiset hankintakäytännöt ja valitsemme kaksi pilottia.</p>',
};
