import { formatCertificateCode, newCertificateCode, parseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('carry at least 80 random bits: 20 characters of a 32-letter alphabet, and do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newCertificateCode()));
    expect(codes.size).toBe(10_000);
    for (const code of [...codes].slice(0, 100)) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    // Every character of the alphabet turns up in every position: no position is fixed or biased to a few.
    const firsts = new Set([...codes].map((c) => c[0]));
    const lasts = new Set([...codes].map((c) => c[19]));
    expect(firsts.size).toBe(32);
    expect(lasts.size).toBe(32);
  });

  it('reads back what a person types from the printed form', () => {
    const code = '7K3QW0AB1CDEFGHJKMNP';
    const printed = formatCertificateCode(code);
    expect(printed).toBe('7K3QW-0AB1C-DEFGH-JKMNP');
    expect(parseCertificateCode(printed)).toBe(code);
    expect(parseCertificateCode(' 7k3qw oab1c-defgh-jkmnp ')).toBe(code);
    expect(parseCertificateCode('7K3QW-OABlC-DEFGH-JKMNP')).toBe(code);
  });

  it('refuses anything that cannot be a code', () => {
    for (const input of [
      '',
      'ABC',
      '7K3QW-0AB1C-DEFGH-JKMN',
      '7K3QW-0AB1C-DEFGH-JKMNPQ',
      'UUUUU-UUUUU-UUUUU-UUUUU',
      '../../etc/passwd',
    ]) {
      expect(parseCertificateCode(input)).toBeNull();
    }
  });
});
