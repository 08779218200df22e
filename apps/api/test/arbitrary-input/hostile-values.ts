import fc from 'fast-check';

/**
 * The hostile inputs of issue 12 besides the ordinary arbitrary ones: NUL characters, numbers past any column's range
 * or spelled as no number, JSON nested past the parser's limit, and text that is not UTF-8.
 */

/**
 * Byte sequences UTF-8 never produces: a broken pair, bytes it never uses, an encoded surrogate, overlong forms, a
 * code point past U+10FFFF, a sequence cut short and a lone continuation byte.
 */
export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xc3, 0x28],
  [0xff],
  [0xfe, 0xfe],
  [0xed, 0xa0, 0x80],
  [0xc0, 0x80],
  [0xe0, 0x80, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0x80],
];

const percentEncoded = (bytes: readonly number[]) =>
  bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

export const nulString = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`);
/** Half a surrogate pair, before, after or between text: JSON.stringify writes it as the escape `\udXXX`. */
export const loneSurrogateString = fc
  .tuple(fc.string(), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string())
  .map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`)
  .filter((s) => /\p{Cs}/u.test(s));
export const hugeNumber = fc.constantFrom(1e300, -1e300, 2 ** 63, -(2 ** 63), 1e20, 2 ** 31, -(2 ** 31) - 1);
/** Numbers as a query, a path or a string field spells them: past int4 and int8, and the spellings of no number. */
export const hugeNumberText = fc.constantFrom(
  '1e300',
  '-1e300',
  '9223372036854775808',
  '-9223372036854775809',
  '99999999999999999999',
  '2147483648',
  '-2147483649',
  '1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x7fffffff',
  '1_000',
  '1.5',
  '-0',
  '+1',
  ' 1',
  '١٢٣',
);
/** Number literals JSON.stringify cannot write: JSON.parse reads them as Infinity, 0 or a rounded double. */
const hugeNumberLiteral = fc.constantFrom(
  '1e400',
  '-1e400',
  '1e-400',
  '9223372036854775808',
  '-9223372036854775809',
  '123456789012345678901234567890',
  '1E+300',
);

/** A JSON body to send as it is, and whether the parser must refuse it (400 whatever the route). */
export interface Body {
  bytes: Buffer;
  refused: boolean;
}

const text = (json: string, refused = false): Body => ({ bytes: Buffer.from(json), refused });
const quoted = (s: string) => JSON.stringify(s).slice(1, -1);

/** `{"field":[[[…]]]}` (or objects) nested from 65 to 10,000 levels, as text: JSON.stringify would recurse. */
export const deepNesting = (fields: string[]) =>
  fc
    .tuple(fc.constantFrom(...fields), fc.integer({ min: 65, max: 10_000 }), fc.boolean())
    .map(([field, depth, arrays]) =>
      text(
        arrays
          ? `{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`
          : `{"${field}":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
        true,
      ),
    );

/** A field set to a number literal past what a double holds. */
export const hugeLiteralBody = (fields: string[]) =>
  fc
    .tuple(fc.constantFrom(...fields), hugeNumberLiteral)
    .map(([field, literal]) => text(`{"${field}":${literal}}`));

/**
 * Text that is not UTF-8 where JSON wants UTF-8: bytes UTF-8 never produces in a value, in a key or as the whole
 * body; a raw NUL byte in a string (JSON forbids control characters); a NUL or a lone surrogate escaped in a value or
 * a key. Every one is refused.
 */
export const notUtf8Body = (fields: string[]) => {
  const field = fc.constantFrom(...fields);
  const bad = fc.constantFrom(...INVALID_UTF8).map((b) => Buffer.from(b));
  const around = fc.string({ maxLength: 8 }).map(quoted);
  const joined = (...parts: (string | Buffer)[]): Body => ({
    bytes: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))),
    refused: true,
  });
  return fc.oneof(
    fc.tuple(field, around, bad, around).map(([f, a, b, c]) => joined(`{"${f}":"${a}`, b, `${c}"}`)),
    fc.tuple(field, bad).map(([f, b]) => joined('{"', b, `":1,"${f}":"x"}`)),
    bad.map((b) => joined(b)),
    fc.tuple(field, around).map(([f, a]) => joined(`{"${f}":"${a}`, Buffer.from([0]), '"}')),
    fc
      .tuple(field, fc.oneof(nulString, loneSurrogateString), fc.boolean())
      .map(([f, s, asKey]) =>
        text(asKey ? `{${JSON.stringify(s)}:1,"${f}":"x"}` : JSON.stringify({ [f]: s }), true),
      ),
  );
};

/**
 * What a value must answer: `refused` 400 VALIDATION_FAILED on any route, `client error` some 4xx (an unknown
 * certificate code is a 404, a malformed UUID a 400), `any` anything but a 5xx.
 */
export type Verdict = 'refused' | 'client error' | 'any';

/** A query or path value as it goes on the wire (already percent-encoded), and what it must answer. */
export interface WireValue {
  wire: string;
  verdict: Verdict;
}

/** Encoded text; a NUL in it makes it `refused` whatever it was meant as. */
const encoded =
  (verdict: Verdict) =>
  (value: string): WireValue => ({
    wire: encodeURIComponent(value),
    verdict: value.includes('\u0000') ? 'refused' : verdict,
  });

/** Percent-escapes whose bytes are not UTF-8, alone or inside encoded text. */
export const notUtf8Wire = fc
  .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...INVALID_UTF8), fc.string({ maxLength: 6 }))
  .map(([a, bytes, b]): WireValue => ({
    wire: `${encodeURIComponent(a)}${percentEncoded(bytes)}${encodeURIComponent(b)}`,
    verdict: 'refused',
  }));
/** A NUL byte (%00) in text or after a UUID. */
export const nulWire = fc.oneof(
  nulString.map(encoded('refused')),
  fc.uuid().map((id): WireValue => ({ wire: `${id}%00`, verdict: 'refused' })),
);

/** Any value of a query parameter: ordinary, huge or no number, NUL (and `\u0000` as text), not UTF-8, long. */
export const queryValue: fc.Arbitrary<WireValue> = fc.oneof(
  fc.string().map(encoded('any')),
  fc.uuid().map(encoded('any')),
  fc.integer().map((n) => encoded('any')(String(n))),
  fc.string({ unit: 'binary' }).map(encoded('any')),
  hugeNumberText.map(encoded('any')),
  fc.constant('\\u0000').map(encoded('any')),
  nulWire,
  notUtf8Wire,
  // Long, yet within Node's 16 kB of request head (past it Node answers 431 before the app sees anything).
  fc.integer({ min: 500, max: 1500 }).map((n) => encoded('any')('['.repeat(n))),
);

/**
 * Integer path parameters (a course version): past int4 and int8, and the spellings of no integer. Not here: `+1`,
 * ` 1` and `0x10`, which the global ValidationPipe turns into the numbers 1 and 16 before ParseInt4Pipe sees them.
 */
const notAnInt4 = fc.constantFrom(
  '99999999999999999999',
  '9223372036854775808',
  '2147483648',
  '-2147483649',
  '1e300',
  '-1e300',
  'NaN',
  'Infinity',
  '1.5',
  '1,5',
  '١٢٣',
);

/**
 * A path parameter that names nothing: no UUID, a random UUID (nothing the world holds), a UUID with a NUL, huge
 * numbers, not UTF-8, past the router's length (100 characters, a 414). A 400 for an integer parameter.
 */
export const pathValue = (integer: boolean): fc.Arbitrary<WireValue> => {
  const malformed: Verdict = integer ? 'refused' : 'client error';
  return fc.oneof(
    fc
      .string({ minLength: 1, maxLength: 40 })
      // Not `.` or `..` (they move the path), and for an integer nothing that Number reads as one (`+1`, `1.`).
      .filter((s) => s !== '.' && s !== '..' && !(integer && Number.isFinite(Number(s))))
      .map(encoded(malformed)),
    fc.uuid().map((id) => encoded(malformed)(id)),
    fc.uuid().map((id) => encoded(malformed)(id.slice(0, -1))),
    integer ? notAnInt4.map(encoded('refused')) : hugeNumberText.map(encoded('client error')),
    nulWire,
    notUtf8Wire,
    fc
      .integer({ min: 101, max: 400 })
      .map((n): WireValue => ({ wire: 'a'.repeat(n), verdict: 'client error' })),
  );
};
