import { describeDevice } from './device';

describe('describeDevice', () => {
  it('names the browser and the system of common User-Agents', () => {
    expect(
      describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0'),
    ).toBe('Firefox on Windows');
    expect(
      describeDevice(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      ),
    ).toBe('Safari on macOS');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      ),
    ).toBe('Edge on Windows');
    expect(
      describeDevice(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android');
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone');
    expect(
      describeDevice('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36'),
    ).toBe('Chrome on Linux');
  });

  it('keeps what it does not recognise, cut short and without control characters, and a described device as it is', () => {
    expect(describeDevice('curl/8.5.0')).toBe('curl');
    expect(describeDevice('Kuntaportaali-integraatio/2.1')).toBe('Kuntaportaali-integraatio/2.1');
    expect(describeDevice(`x\u0000y\u202e${'z'.repeat(200)}`)).toBe(`xy${'z'.repeat(78)}`);
    expect(describeDevice('Firefox on Linux')).toBe('Firefox on Linux');
    expect(describeDevice(undefined)).toBe('');
    expect(describeDevice('   ')).toBe('');
  });
});
