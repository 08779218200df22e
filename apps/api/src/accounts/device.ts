/** At most this long, whatever a User-Agent claims. */
const MAX_LENGTH = 80;

// The first match names it; order matters (Edge and Opera also say Chrome, Chrome also says Safari).
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\b(Headless)?Chrom(e|ium)\/|\bCriOS\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bcurl\//i, 'curl'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b|\bmacOS\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const DESCRIBED = new RegExp(
  `^(${BROWSERS.map(([, name]) => name).join('|')}) on (${SYSTEMS.map(([, name]) => name).join('|')})$`,
);

const first = (text: string, names: [RegExp, string][]) => names.find(([pattern]) => pattern.test(text))?.[1];

/**
 * A short description of the device a session started on, for the person's list of sessions ("Firefox on
 * Windows"). A User-Agent is whatever the caller says, so it is only ever shown back to the same person; what is
 * not recognised is kept as given, cut short.
 */
export function describeDevice(userAgent: string | undefined): string {
  const text = (userAgent ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (!text) return '';
  // Already described (single sign-on hands on what it was given).
  if (DESCRIBED.test(text)) return text.slice(0, MAX_LENGTH);
  const browser = first(text, BROWSERS);
  const system = first(text, SYSTEMS);
  if (browser && system) return `${browser} on ${system}`;
  return (browser ?? system ?? text).slice(0, MAX_LENGTH);
}
