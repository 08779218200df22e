import { workshopIcs } from './ics';

describe('workshopIcs', () => {
  it('writes one event in UTC with escaped text', () => {
    const ics = workshopIcs({
      id: 'a1',
      title: 'Lähipäivä 1: Strategia, tavoitteet',
      startsAt: '2027-01-20T07:00:00.000Z',
      location: 'Helsinki; Aleksanterinkatu 4',
    });
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics).toContain('DTSTART:20270120T070000Z\r\n');
    expect(ics).toContain('DTEND:20270120T130000Z\r\n');
    expect(ics).toContain('SUMMARY:Lähipäivä 1: Strategia\\, tavoitteet\r\n');
    expect(ics).toContain('LOCATION:Helsinki\\; Aleksanterinkatu 4\r\n');
    expect(ics).toContain('UID:a1@keino-academy');
  });
});
