import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  CanonicalJsonError,
  canonicalize,
  parseCanonical,
  serializeNumber,
} from '../../../packages/core/src/audit/canonical-json.js';

const fromBits = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('RFC 8785 canonical JSON', () => {
  it('serialises the example of section 3.2.2 exactly', () => {
    const input =
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
      '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}';
    expect(canonicalize(JSON.parse(input))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units (section 3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalize(input)) as object);
    // Object.keys puts integer-like keys first; compare the text order instead.
    const text = canonicalize(input);
    const order = ['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) =>
      text.indexOf(`"${k}"`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(keys).toHaveLength(7);
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the IEEE 754 value %s as %s (appendix B)', (bits, expected) => {
    expect(serializeNumber(fromBits(bits))).toBe(expected);
  });

  it.each([['7fffffffffffffff'], ['7ff0000000000000'], ['fff0000000000000']])(
    'refuses NaN and infinities (%s)',
    (bits) => {
      expect(() => canonicalize({ n: fromBits(bits) })).toThrow(CanonicalJsonError);
    },
  );

  it('refuses lone surrogates and values JSON cannot carry', () => {
    expect(() => canonicalize({ s: '\ud800' })).toThrow(/lone surrogate/);
    expect(() => canonicalize({ ['\udc00']: 1 })).toThrow(/lone surrogate/);
    expect(() => canonicalize([() => 1])).toThrow(/function is not JSON/);
    expect(() => canonicalize(10n)).toThrow(/bigint is not JSON/);
    expect(canonicalize({ s: '\ud83d\ude00' })).toBe('{"s":"😀"}');
  });

  it('escapes controls in lower-case hex and leaves other characters as they are', () => {
    expect(canonicalize('\u0000\u001f\u007f\b\f\n\r\t"\\/é')).toBe(
      '"\\u0000\\u001f\u007f\\b\\f\\n\\r\\t\\"\\\\/é"',
    );
  });

  it('tells canonical text from text that is not', () => {
    expect(parseCanonical('{"a":1,"b":[true]}').canonical).toBe(true);
    expect(parseCanonical('{"b":[true],"a":1}').canonical).toBe(false);
    expect(parseCanonical('{"a": 1}').canonical).toBe(false);
    expect(parseCanonical('{"a":1.0}').canonical).toBe(false);
    expect(parseCanonical('{"a":"\\u0041"}').canonical).toBe(false);
  });

  it('is a fixed point and ignores key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalize(value);
        expect(canonicalize(JSON.parse(text))).toBe(text);
        expect(parseCanonical(text).canonical).toBe(true);
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const reversed = Object.fromEntries(Object.entries(value).reverse());
          expect(canonicalize(reversed)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
