/**
 * Pseudo-localisation for finding hard-coded text: every letter accented, every string
 * about 30 % longer, and markers at both ends. Interpolation placeholders ({{name}}),
 * nesting ($t(...)) and tags (<1>…</1>) are left intact so the strings still work.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>)/;
const PADDING = '~';

export function pseudoLocalize(source: string): string {
  const accented = source
    .split(PROTECTED)
    .map((part) => (PROTECTED.test(part) ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const padding = PADDING.repeat(Math.ceil(source.length * 0.3));
  return `⟦${accented}${padding}⟧`;
}

type Resource = { [key: string]: string | Resource };

export function pseudoLocalizeResource(resource: Resource): Resource {
  return Object.fromEntries(
    Object.entries(resource).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoLocalize(value) : pseudoLocalizeResource(value),
    ]),
  );
}
