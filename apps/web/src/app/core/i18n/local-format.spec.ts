import {
  formatClock,
  formatFileSize,
  formatMoment,
  formatNumber,
  formatPercent,
  formatRatio,
  formatSigned,
} from './local-format';

// CLDR writes a no-break space between thousands and before "%".
const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('local-format', () => {
  describe('in Finnish', () => {
    it('writes numbers and percentages with a decimal comma', () => {
      expect(formatRatio(0.583, 'fi')).toBe(nb('58,3 %'));
      expect(formatPercent(58.3, 'fi')).toBe(nb('58,3 %'));
      expect(formatNumber(12345.67, 'fi')).toBe(nb('12 345,7'));
      expect(formatSigned(-0.5, 'fi', 2)).toBe('−0,50');
      expect(formatFileSize(2_500_000, 'fi')).toBe('2,4 MB');
    });

    it('writes moments in Finnish time with "klo", summer and winter alike', () => {
      expect(formatMoment('2027-01-04T07:00:00Z', 'fi', 'time')).toBe('klo 9.00');
      expect(formatMoment('2027-06-01T06:15:00Z', 'fi', 'dateTime')).toBe('1.6.2027 klo 9.15');
      expect(formatMoment('2027-01-04T07:00:00Z', 'fi', 'weekdayDateTime')).toBe(
        'maanantaina 4.1.2027 klo 9.00',
      );
      expect(formatClock('09:00', 'fi')).toBe('klo 9.00');
    });
  });

  describe('in Swedish', () => {
    it('writes numbers the Finland-Swedish way', () => {
      expect(formatRatio(0.583, 'sv')).toBe(nb('58,3 %'));
      expect(formatNumber(1234.5, 'sv')).toBe(nb('1 234,5'));
    });

    it('writes times with "kl."', () => {
      expect(formatMoment('2027-01-04T07:00:00Z', 'sv', 'time')).toBe('kl. 9.00');
      expect(formatMoment('2027-01-04T07:00:00Z', 'sv', 'weekdayDate')).toBe('måndag 4.1.2027');
      expect(formatClock('14:30', 'sv')).toBe('kl. 14.30');
    });
  });

  describe('in English (en-FI)', () => {
    it('keeps Finland’s decimal comma and spaces', () => {
      expect(formatRatio(0.583, 'en')).toBe(nb('58,3 %'));
      expect(formatNumber(1234.5, 'en')).toBe(nb('1 234,5'));
      expect(formatSigned(1.25, 'en')).toBe('+1,25');
    });

    it('writes times as 9.00 in Finnish time', () => {
      expect(formatMoment('2027-01-04T07:00:00Z', 'en', 'dateTime')).toBe('4.1.2027 at 9.00');
      expect(formatMoment('2027-01-04T07:00:00Z', 'en', 'weekdayDate')).toBe('Monday 4.1.2027');
    });
  });

  it('never shifts a calendar day by a time zone, and says nothing for nothing', () => {
    expect(formatMoment('2026-03-09', 'fi')).toBe('9.3.2026');
    expect(formatMoment('2026-03-09', 'fi', 'dayMonth')).toBe('9.3.');
    expect(formatMoment('2026-03-09', 'fi', 'dateTime')).toBe('9.3.2026');
    // 23.30 UTC on the 31st is already the 1st in Helsinki.
    expect(formatMoment('2026-12-31T23:30:00Z', 'fi')).toBe('1.1.2027');
    expect(formatMoment(null, 'fi')).toBeNull();
    expect(formatMoment('not a date', 'fi')).toBeNull();
  });
});
