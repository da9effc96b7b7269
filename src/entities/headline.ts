/**
 * Names in a title-case headline. "Elizabeth Warren Hammers Wells Fargo CEO", "Black Lawmakers
 * Rip Donald Trump As A ...": when every word is capitalized, capitals say nothing, and the tagger
 * runs names into the verbs and nouns around them ("Rip Donald Trump", "Obama Says
 * African-American Museum"). The body below the headline names the same people in sentence case,
 * where the tagger is reliable; so in the headline, a name is a run of words the body uses as a
 * name.
 */
import type { ArticleContext, Token } from '../context.js';
import { isFirstName } from '../lexicon/gazetteer.js';
import { bodyCapitals, isHeadlineWord, titleCaseHeadlineEnd } from '../text/headline.js';
import type { NameMention } from './mention.js';

/** Tags a word of a name does not have. */
const NOT_NAME_TAGS = new Set(['VERB', 'AUX', 'ADP', 'PRON', 'DET', 'ADV', 'PART', 'SCONJ']);

/** The longest run of words matched as one name. */
const LONGEST = 5;

/** Are tokens `a` and `b` two parts of one hyphenated word? */
const joined = (tokens: readonly Token[], a: number, b: number): boolean => {
  const left = tokens[a];
  const right = tokens[b];
  if (!left || !right) return false;
  return (left.text === '-' && !right.spaceBefore) || (right.text === '-' && !right.spaceBefore && !tokens[b + 1]?.spaceBefore);
};

/** Joins token texts for look-up, with curly apostrophes straightened. */
const key = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last)
    .map((t) => t.text.replace(/[’‘]/g, "'"))
    .join(' ');

/**
 * Replaces the tagger's names in a title-case headline with the runs of words the body uses as
 * names: a body name as written, or a person's surname or first name alone. A headline name the
 * body never uses stays only if its words pass the same test the matched ones do.
 */
export function headlineNames(article: ArticleContext, names: NameMention[]): NameMention[] {
  const to = titleCaseHeadlineEnd(article);
  if (to === 0) return names;
  const { tokens } = article;
  const body = names.filter((m) => m.first >= to);
  if (body.length === 0) return names;
  const known = new Map<string, NameMention>();
  const remember = (k: string, m: NameMention) => {
    if (!known.has(k)) known.set(k, m);
  };
  for (const m of body) {
    let first = m.first;
    let last = m.last;
    if (tokens[first]!.lower === 'the' && last - first > 1) first++;
    while (last - first > 1 && /^['’]s$/.test(tokens[last - 1]!.text)) last--;
    remember(key(tokens, first, last), m);
  }
  // Surnames and first names after full names, so a name as written wins.
  for (const m of body) {
    if (m.type !== 'PERSON' || m.last - m.first < 2) continue;
    remember(key(tokens, m.last - 1, m.last), m);
    if (isFirstName(tokens[m.first]!.lower)) remember(key(tokens, m.first, m.first + 1), m);
  }
  // A word of a headline name must not read as a verb or a function word when the headline is
  // tagged again in sentence case ("Retired General Reveals", "Will Tell"), and the body must not
  // write it in lower case as often as with a capital ("County", "Super").
  const seen = bodyCapitals(tokens, to);
  const plausible = (t: Token) => !/^\p{Lu}/u.test(t.text) || (!NOT_NAME_TAGS.has(t.pos) && (seen[t.index] ?? 1) > 0);
  const found: NameMention[] = [];
  for (let i = 0; i < to; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text) || !isHeadlineWord(tokens, i)) continue;
    // (Not a part of a hyphenated word: "African-American" names no American.)
    if (joined(tokens, i - 1, i)) continue;
    // A first name before a person's surname the body uses alone: "Cecile Richards" where the
    // body says "Richards".
    const surname = isFirstName(tokens[i]!.lower) && !known.has(key(tokens, i, i + 1)) ? known.get(key(tokens, i + 1, i + 2)) : undefined;
    if (surname?.type === 'PERSON' && i + 2 <= to && !joined(tokens, i + 1, i + 2) && plausible(tokens[i]!) && plausible(tokens[i + 1]!)) {
      found.push({ first: i, last: i + 2, type: 'PERSON' });
      i++;
      continue;
    }
    for (let len = Math.min(LONGEST, to - i); len >= 1; len--) {
      const m = known.get(key(tokens, i, i + len));
      if (!m || joined(tokens, i + len - 1, i + len) || !tokens.slice(i, i + len).every(plausible)) continue;
      const name: NameMention = { first: i, last: i + len, type: m.type };
      if (m.subtype) name.subtype = m.subtype;
      if (m.lexical) name.lexical = true;
      found.push(name);
      i += len - 1;
      break;
    }
  }
  // So do the tagger's own names that pass the same test.
  const taken = (m: NameMention) => found.some((f) => f.first < m.last && m.first < f.last);
  const kept = names.filter((m) => m.last <= to && !taken(m) && tokens.slice(m.first, m.last).every(plausible));
  const headlineNames = [...found, ...kept].sort((a, b) => a.first - b.first);
  return [...headlineNames, ...body];
}
