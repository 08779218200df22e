import { missingFields } from './application-rules';

const complete = {
  developmentTask: '<p>Hankintastrategian uudistus</p>',
  motivation: 'Johto on sitoutunut.',
  sponsor: { fullName: 'Kaija Kunnanjohtaja', title: 'kunnanjohtaja', email: 'kaija@kunta.fi' },
  team: [{ fullName: 'Hanna Hankinta', email: 'hanna@kunta.fi', role: 'lead' as const }],
};

describe('missingFields', () => {
  it('finds nothing missing in a complete application', () => {
    expect(missingFields(complete)).toEqual([]);
  });

  it('names each empty field, an empty rich text and addresses that are none', () => {
    expect(
      missingFields({
        developmentTask: '<p> </p>',
        motivation: '  ',
        sponsor: { fullName: 'Kaija', title: '', email: 'kaija' },
        team: [{ fullName: '', email: 'x@kunta.fi', role: 'expert' }],
      }),
    ).toEqual(['developmentTask', 'motivation', 'sponsor.title', 'sponsor.email', 'team.0.fullName']);
    expect(missingFields({ ...complete, team: [] })).toEqual(['team']);
  });
});
