/** CoNLL entity types the tagger learns. */
export const TAG_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** BILOU labels: Begin, Inside, Last, Unit, and O (outside). */
export const LABELS: readonly string[] = ['O', ...TAG_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];
export const N_LABELS = LABELS.length;
export const O = 0;

const prefixOf = (label: number): string => (label === O ? 'O' : LABELS[label]![0]!);
const typeOf = (label: number): string => (label === O ? '' : LABELS[label]!.slice(2));

/** May `next` follow `prev` in a well-formed BILOU sequence? (prev = -1 at a sentence start) */
export function canFollow(prev: number, next: number): boolean {
  const open = prev >= 0 && (prefixOf(prev) === 'B' || prefixOf(prev) === 'I');
  const p = prefixOf(next);
  if (open) return (p === 'I' || p === 'L') && typeOf(next) === typeOf(prev);
  return p === 'O' || p === 'B' || p === 'U';
}

/** May a sentence end after `label`? */
export const canEnd = (label: number): boolean => prefixOf(label) !== 'B' && prefixOf(label) !== 'I';

/** Entity spans [first token, last token + 1, type] from a label sequence. */
export function spansFromLabels(labels: ArrayLike<number>): [number, number, TagType][] {
  const out: [number, number, TagType][] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = prefixOf(l);
    if (p === 'U') out.push([i, i + 1, typeOf(l) as TagType]);
    else if (p === 'B') start = i;
    else if (p === 'L' && start >= 0) {
      out.push([start, i + 1, typeOf(l) as TagType]);
      start = -1;
    } else if (p === 'O') start = -1;
  }
  return out;
}

/** BILOU labels for tokens, given entity spans over token indices. */
export function labelsFromSpans(n: number, spans: readonly [number, number, TagType][]): Uint8Array {
  const labels = new Uint8Array(n);
  const id = (p: string, t: string) => LABELS.indexOf(`${p}-${t}`);
  for (const [s, e, t] of spans) {
    if (e - s === 1) labels[s] = id('U', t);
    else {
      labels[s] = id('B', t);
      for (let i = s + 1; i < e - 1; i++) labels[i] = id('I', t);
      labels[e - 1] = id('L', t);
    }
  }
  return labels;
}

/** Bit per label prefix allowed at a token: B, I, L, U (O is always allowed). */
export const ALLOW_B = 1;
export const ALLOW_I = 2;
export const ALLOW_L = 4;
export const ALLOW_U = 8;
export const ALLOW_ALL = 15;

/** Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'et', 'y', 'e', 'du', 'des', 'del', 'della', 'di', 'dos', 'das', 'der', 'den']);
/** Name particles that may also open a name ("de Gaulle", "van Gogh", "al-Assad"). */
const PARTICLES = new Set(['de', 'van', 'von', 'al', 'el', 'da', 'la', 'le', 'bin', 'ibn', 'ben', 'abu', 'st', 'st.', 'mc', 'mac', 'ter', 'ten']);
const INNER_PUNCT = new Set(['&', '-', '.', "'", "'s", '’s', '/', '+']);
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_UPPER_OR_DIGIT = /[\p{Lu}\d]/u;

/**
 * Which BILOU prefixes a token may take: names are capitalized words, with a few connectors,
 * particles and joining marks inside them. `caps` is true in an all-capitals headline, where
 * case says nothing; `joined` when the token follows a hyphen with no space.
 */
export function allowedPrefixes(text: string, lower: string, caps: boolean, joined: boolean): number {
  if (INNER_PUNCT.has(text)) return ALLOW_I;
  if (!/^[\p{L}\p{N}]/u.test(text)) return 0;
  if (caps) return ALLOW_ALL;
  if (STARTS_LOWER.test(text)) {
    if (HAS_UPPER_OR_DIGIT.test(text)) return ALLOW_ALL;
    // "Iran-based", "U.S.-led": a word joined by a hyphen ends the name it is part of.
    if (joined) return ALLOW_I | ALLOW_L;
    if (PARTICLES.has(lower)) return ALLOW_B | ALLOW_I;
    if (CONNECTORS.has(lower)) return ALLOW_I;
    return 0;
  }
  if (/^[\p{L}\p{N}]/u.test(text)) return ALLOW_ALL;
  return 0;
}

const PREFIX_BIT: Record<string, number> = { B: ALLOW_B, I: ALLOW_I, L: ALLOW_L, U: ALLOW_U };

/** Is `label` allowed by the prefix mask? */
export const labelAllowed = (label: number, mask: number): boolean => label === O || (mask & PREFIX_BIT[LABELS[label]![0]!]!) !== 0;
