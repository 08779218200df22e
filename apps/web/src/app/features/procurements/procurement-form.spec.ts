import type { IndicatorResponse, InnovationReportResponse } from '@keino/contracts';

import {
  emptyIndicatorForm,
  emptyProcurementForm,
  parseNumber,
  progressPercent,
  shareTrend,
  toIndicatorRequest,
  toProcurementRequest,
  validateIndicator,
  validateMeasurement,
  validateProcurement,
} from './procurement-form';

const valid = () => ({
  ...emptyProcurementForm(2026),
  title: ' Koulujen ruokapalvelut ',
  cpvCode: ' 55524000-9 ',
  valueEur: '250 000',
});

describe('the procurement form', () => {
  it('accepts a complete entry and sends it trimmed, with numbers as numbers', () => {
    expect(validateProcurement(valid())).toEqual({});
    expect(toProcurementRequest(valid())).toMatchObject({
      title: 'Koulujen ruokapalvelut',
      cpvCode: '55524000-9',
      valueEur: 250_000,
      year: 2026,
    });
  });

  it('checks the CPV code by the server’s rule: the form and an existing division', () => {
    for (const cpvCode of ['', '4500', '45000000', '45000000-', '99000000-1', '4500000a-7']) {
      expect({ cpvCode, errors: validateProcurement({ ...valid(), cpvCode }) }).toEqual({
        cpvCode,
        errors: { cpvCode: 'cpv' },
      });
    }
    expect(validateProcurement({ ...valid(), cpvCode: '09310000-5' })).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(validateProcurement({ ...valid(), title: '  ', valueEur: '1,5', year: '1999' })).toEqual({
      title: 'required',
      valueEur: 'value',
      year: 'year',
    });
    expect(validateProcurement({ ...valid(), title: 'x'.repeat(201), valueEur: '-1' })).toEqual({
      title: 'tooLong',
      valueEur: 'value',
    });
  });
});

describe('the indicator and measurement forms', () => {
  it('reads numbers with a decimal comma and refuses what is not one', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('12 kg')).toBeNaN();
  });

  it('wants the target on the side the direction says', () => {
    const form = { ...emptyIndicatorForm(), name: 'Päästöt', unit: 't', baseline: '100', target: '60' };
    expect(validateIndicator({ ...form, direction: 'decrease' })).toEqual({});
    expect(validateIndicator({ ...form, direction: 'increase' })).toEqual({ target: 'targetAbove' });
    expect(validateIndicator({ ...form, direction: 'decrease', target: '120' })).toEqual({
      target: 'targetBelow',
    });
    expect(validateIndicator(emptyIndicatorForm())).toEqual({
      name: 'required',
      unit: 'required',
      baseline: 'number',
      target: 'number',
    });
    expect(toIndicatorRequest({ ...form, direction: 'decrease', baseline: '100,5' })).toMatchObject({
      baseline: 100.5,
      target: 60,
    });
  });

  it('takes real dates of 2000–2100 only', () => {
    expect(validateMeasurement('2027-06-30', '8')).toEqual({});
    expect(validateMeasurement('2027-02-30', '8')).toEqual({ measuredOn: 'date' });
    expect(validateMeasurement('1999-12-31', 'x')).toEqual({ measuredOn: 'date', value: 'number' });
  });

  it('shows progress as a whole percentage, none without measurements', () => {
    const indicator = { progress: 0.456 } as IndicatorResponse;
    expect(progressPercent(indicator)).toBe(46);
    expect(progressPercent({ ...indicator, progress: null })).toBeNull();
  });
});

describe('the innovation trend', () => {
  it('orders the years and keeps a withheld share as null', () => {
    const report = (year: number, innovativeShare: number | null) =>
      ({ year, innovativeShare }) as InnovationReportResponse;
    expect(shareTrend([report(2026, 0.1234), report(2024, null), report(2025, 0.08)])).toEqual({
      years: ['2024', '2025', '2026'],
      shares: [null, 8, 12.3],
    });
  });
});
