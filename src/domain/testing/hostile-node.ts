import fc from 'fast-check';

/**
 * Test fixtures only: hostile JSON for the property-based tests of migrate() and plan files.
 * FUZZ_RUNS raises the number of cases (the default keeps the unit suite fast); the seed is fixed
 * so that every run in CI checks the same cases, and FUZZ_SEED replays another.
 */
export const fuzzParameters = (defaultRuns: number): fc.Parameters<unknown> => ({
  numRuns: Number(process.env.FUZZ_RUNS ?? defaultRuns),
  seed: Number(process.env.FUZZ_SEED ?? 20261127),
});

/** Time for one property test: generous when FUZZ_RUNS asks for many cases. */
export const FUZZ_TIMEOUT_MS = process.env.FUZZ_RUNS ? 60 * 60_000 : 30_000;

/** Keys that have tripped JavaScript code before: prototype setters and look-alikes. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

const unpairedSurrogate = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83Db', '\uDE00\uD83D');

/** Strings a person or a broken file may bring: markup, lone surrogates, control characters, very long text. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  unpairedSurrogate,
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0000', '\u202E', '', ' '.repeat(3)),
  fc.constantFrom(...HOSTILE_KEYS),
  fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'ก'.repeat(length)),
);

/** Numbers that are legal in JavaScript but not meaningful in a plan. */
export const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 5e-324),
  fc.integer(),
);

const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string(), unpairedSurrogate);

/** Objects built so that a hostile key is an own property, as JSON.parse makes it. */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, true, false, undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(objectOf),
  ),
})).value;

/** An array or object nested `depth` levels deep (deeper than any plan). */
export const deeplyNested = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { nested: value };
    return value;
  });

/** Every path to a value inside `value`, so that a property test can replace one of them. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

/** A copy of `value` with the value at `path` replaced (or, for an object, a hostile key added there). */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => [key, key === head ? replaceAt(item, rest, replacement) : item]);
    return objectOf(entries);
  }
  return value;
}

/** The own property names of Object.prototype and Array.prototype, to see that nothing was added to them. */
export function prototypeSnapshot(): string {
  const names = (target: object) => Reflect.ownKeys(target).map(String).sort().join(',');
  return [names(Object.prototype), names(Array.prototype), names(Function.prototype), names(String.prototype)].join('|');
}
