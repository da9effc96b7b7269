/**
 * Roles: the titles and appositions an article gives a person or organization, as spans
 * ("President-elect", "Argentina's President", "communications director",
 * "the country's top general").
 */
import type { ArticleContext, Token } from '../context.js';
import gazetteerData from '../lexicon/data/compromise-lexicon.json';
import { PERSON_TITLES } from '../lexicon/titles.js';
import { makeSpan, type Span } from '../span.js';

/** Head words of titles ("minister" of "prime minister", "secretary" of "secretary of state"). */
const TITLE_WORDS = new Set(PERSON_TITLES.map((t) => t.split(' ')).map((w) => (w.includes('of') ? w[0]! : w[w.length - 1]!)));
const OCCUPATIONS = new Set(gazetteerData.occupations);
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow)$/;
const APPOSITION_BLOCKERS = new Set(['who', 'which', 'that', 'whose', 'whom', 'said', 'says', 'told', 'and', 'or']);

/** Token span covered by another name (for letting a role include "Argentina's"). */
export type NameAt = (token: number) => { first: number; last: number } | undefined;

/** Is the word a title or an occupation ("minister", "professor")? */
const namesPost = (t: Token): boolean => TITLE_WORDS.has(t.lower) || OCCUPATIONS.has(t.lower);

const isRoleHead = (t: Token): boolean =>
  (namesPost(t) || t.pos === 'NOUN' || (t.pos === 'PROPN' && TITLE_WORDS.has(t.lower.replace(/-elect$/, '')))) &&
  !DATE_WORDS.test(t.lower);

/** "Tech billionaire Elon Musk", "Argentina's President Javier Milei": the title words before a name. */
function titleBefore(article: ArticleContext, first: number, nameAt: NameAt): Span | null {
  const { tokens } = article;
  const sentenceFirst = article.sentences[tokens[first]!.sentence]!.first;
  let i = first - 1;
  if (i < sentenceFirst || !isRoleHead(tokens[i]!) || !/\s/.test(article.text[tokens[first]!.start - 1] ?? '')) return null;
  let from = i;
  while (i >= sentenceFirst) {
    const t = tokens[i]!;
    if (/^['’]s$/.test(t.text) && i > sentenceFirst) {
      const owner = nameAt(i - 1);
      from = owner ? owner.first : i - 1;
      break;
    }
    const other = nameAt(i);
    if (other && other.first < i + 1 && t.pos === 'PROPN') {
      from = other.first;
      i = other.first - 1;
      continue;
    }
    if (t.text === '-' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || TITLE_WORDS.has(t.lower)) {
      if (DATE_WORDS.test(t.lower)) break;
      from = i;
      i--;
      continue;
    }
    break;
  }
  return makeSpan(article.text, tokens[from]!.start, tokens[first - 1]!.end);
}

/** "Steven Cheung, President-elect Donald Trump's communications director, told ...": the apposition after a name. */
function appositionAfter(article: ArticleContext, last: number): Span | null {
  const { tokens } = article;
  const comma = tokens[last];
  if (!comma || comma.text !== ',' || comma.sentence !== tokens[last - 1]!.sentence) return null;
  const sentenceLast = article.sentences[comma.sentence]!.last;
  let end = last + 1;
  let hasHead = false;
  while (end < sentenceLast && end - last <= 15) {
    const t = tokens[end]!;
    if (t.text === ',' || t.text === ';' || t.text === '—') break;
    if (APPOSITION_BLOCKERS.has(t.lower) || t.pos === 'AUX' || (t.pos === 'VERB' && tokens[end - 1]!.text !== '-') || t.pos === 'PRON') return null;
    if (isRoleHead(t)) hasHead = true;
    end++;
  }
  const closer = tokens[end];
  if (!hasHead || end === last + 1 || !closer || (closer.text !== ',' && closer.text !== '—')) return null;
  const first = tokens[last + 1]!;
  if (first.pos === 'ADP' || first.pos === 'CCONJ') return null;
  return makeSpan(article.text, first.start, tokens[end - 1]!.end);
}

/** "the country's top general, Qasem Soleimani": the apposition before a name. */
function appositionBefore(article: ArticleContext, first: number): Span | null {
  const { tokens } = article;
  const comma = tokens[first - 1];
  if (!comma || comma.text !== ',') return null;
  const sentenceFirst = article.sentences[comma.sentence]!.first;
  let i = first - 2;
  let hasHead = false;
  const headAt = i;
  while (i >= sentenceFirst && first - i <= 12) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || /^['’]s$/.test(t.text) || t.text === '-') {
      if (i === headAt && !isRoleHead(t)) return null;
      hasHead ||= isRoleHead(t);
      i--;
      continue;
    }
    if (t.pos === 'DET' && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'its' || t.lower === 'their')) {
      i--;
      break;
    }
    break;
  }
  const from = i + 1;
  if (!hasHead || from > headAt) return null;
  // Skip a leading determiner: the role is "country's top general", not "the country's top general".
  let s = from;
  while (s <= headAt && tokens[s]!.pos === 'DET') s++;
  if (s > headAt) return null;
  const before = tokens[from - 1];
  if (before && before.pos !== 'ADP' && before.pos !== 'VERB' && before.pos !== 'DET' && before.text !== ',') return null;
  return makeSpan(article.text, tokens[s]!.start, tokens[headAt]!.end);
}

/** Verbs joining a name to the role it holds: "Lopez is the finance minister", "who serves as". */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const AS_VERBS = new Set(['serves', 'served', 'works', 'worked', 'acts', 'acted']);

/**
 * "Maria Lopez is the finance minister", "Lopez, who was Spain's economy minister,": the role a
 * copula gives the name. Only a title or an occupation counts ("Trump is a liar" gives no role),
 * and the role ends at its head, before "of", "for" or punctuation.
 */
function predicateRole(article: ArticleContext, last: number): Span | null {
  const { tokens } = article;
  let i = last;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'who') i += 2;
  const verb = tokens[i];
  if (verb === undefined || verb.sentence !== tokens[last - 1]!.sentence) return null;
  if (COPULAS.has(verb.lower)) i++;
  else if (AS_VERBS.has(verb.lower) && tokens[i + 1]?.lower === 'as') i += 2;
  else return null;
  while (tokens[i] !== undefined && /^(?:the|a|an|also|now|still)$/.test(tokens[i]!.lower)) i++;
  const from = i;
  let head = -1;
  while (tokens[i] !== undefined && i - from < 6) {
    const t = tokens[i]!;
    if (/^['’]s$/.test(t.text) && i > from) {
      i++;
      continue;
    }
    if (!/^(?:NOUN|ADJ|PROPN)$/.test(t.pos) && t.text !== '-' && !namesPost(t)) break;
    if (namesPost(t)) head = i;
    i++;
  }
  if (head < 0 || (i < tokens.length && /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos))) return null;
  // (The role stops at its head: "the finance minister" of "the finance minister Maria Lopez" is not one.)
  if (head !== i - 1 && !/^(?:NOUN|PROPN)$/.test(tokens[i - 1]!.pos)) return null;
  // ("a leader who embodies ...": a description, not a post.)
  if (/^(?:who|that|which)$/.test(tokens[i]?.lower ?? '')) return null;
  // The body the post is in: "director of the Congressional Budget Office".
  let end = i;
  if (tokens[i]?.lower === 'of') {
    let k = i + 1;
    if (tokens[k]?.lower === 'the') k++;
    const named = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text) && /^(?:PROPN|NOUN)$/.test(t.pos) && !DATE_WORDS.test(t.lower);
    while (named(tokens[k]) || (tokens[k]?.lower === 'of' && named(tokens[k + 1]))) k++;
    // (Not into a possessive: "chairman of Mrs. Clinton's campaign" names no body.)
    if (named(tokens[k - 1]) && !/^['’]s?$/.test(tokens[k]?.text ?? '')) end = k;
  }
  return makeSpan(article.text, tokens[from]!.start, tokens[end - 1]!.end);
}

/** Is the name at [first, last) the subject of a verb right after it ("the complaint, Intel has")? */
function startsClause(article: ArticleContext, last: number): boolean {
  const next = article.tokens[last];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Roles for one name mention at tokens [first, last). */
export function rolesOf(article: ArticleContext, first: number, last: number, nameAt: NameAt, person: boolean): Span[] {
  const out: Span[] = [];
  const candidates = [
    person ? titleBefore(article, first, nameAt) : null,
    appositionAfter(article, last),
    startsClause(article, last) ? null : appositionBefore(article, first),
    person ? predicateRole(article, last) : null,
  ];
  for (const span of candidates) {
    if (!span) continue;
    // "ex-Intel CEO": a role starts at a word, not at the hyphen left over from a prefix.
    let s = span.start;
    while (s < span.end && !/[\p{L}\p{N}]/u.test(article.text[s]!)) s++;
    if (s < span.end) out.push(makeSpan(article.text, s, span.end));
  }
  return out;
}
