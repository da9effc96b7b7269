/**
 * Who "it" and "they" stand for when they report a quotation: the nearest subject before them, in
 * their sentence or the two before it, that such a pronoun can point to. "It" is an organization,
 * or a document or body named by a description ("A letter from the staff association ... '...,'
 * it said"); "they" is two names joined by "and", a plural group of people ("the groups", "the
 * senators") or an organization spoken of as its members.
 */
import type { ArticleContext } from '../../context.js';
import type { EntityIndex } from '../../entities/index.js';
import { isSubjectLike } from '../../entities/syntax.js';
import { ANONYMOUS_NOUNS, COLLECTIVE_NOUNS, DOCUMENT_NOUNS } from '../../lexicon/attribution-words.js';
import { GROUP_WORDS, ORGANIZATION_HEAD_WORDS } from '../../lexicon/entity-words.js';
import type { Speaker } from '../../schema/quote.js';
import { makeSpan } from '../../span.js';
import { phraseBefore, RELATIVE, SUBORDINATORS } from '../../text/phrases.js';
import { pairedNames, resolveSpeaker } from './resolve.js';

/** Singular heads of bodies and outlets that speak as "it" beyond the organization words. */
const IT_HEADS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_HEAD_WORDS, 'campaign', 'newspaper', 'paper', 'post', 'site', 'sign', 'page', 'account', 'station', 'magazine',
  'outlet', 'panel', 'firm', 'pac', 'ministry', 'regime', 'coalition', 'alliance', 'caucus', 'legislature', 'cabinet', 'embassy',
  ...[...DOCUMENT_NOUNS].filter((w) => !/s$/.test(w) && !/^(?:data|law|budget|platform|opinion|decision)$/.test(w)),
]);

/** Plural heads of groups of people that speak as "they". */
const THEY_HEADS: ReadonlySet<string> = new Set([
  ...[...ANONYMOUS_NOUNS, ...COLLECTIVE_NOUNS].filter((w) => /s$/.test(w) || w === 'people'),
  'groups', 'authors', 'professors', 'senators', 'justices', 'judges', 'students', 'workers', 'families', 'organizations',
  'companies', 'campaigns', 'scholars', 'writers', 'editors', 'reporters', 'journalists', 'candidates', 'lawyers', 'attorneys',
  'prosecutors', 'police', 'allies', 'unions', 'veterans', 'fact-checkers', 'governors', 'mayors', 'ministers', 'organizers',
  'plaintiffs', 'defendants', 'protestors', 'congressmen', 'legislators', 'delegates', 'commissioners',
]);

/** How many sentences before the pronoun's own an antecedent may be. */
const REACH = 2;

/**
 * The speaker "it" or "they" at token `at` stands for, or null when no subject in reach fits. The
 * mention stays the pronoun; the name and entity are the antecedent's.
 */
export function groupPronounSpeaker(article: ArticleContext, entities: EntityIndex, at: number, sieve: string): Speaker | null {
  const { tokens, sentences } = article;
  const pronoun = tokens[at]!.lower;
  if (pronoun !== 'it' && pronoun !== 'they') return null;
  const inside = entities.insideQuote;
  const floor = sentences[Math.max(0, tokens[at]!.sentence - REACH)]!.first;
  const typeOf = (t: number) => entities.byId.get(entities.entityAtToken[t] ?? '')?.type;
  for (let h = at - 1; h >= floor; h--) {
    const t = tokens[h]!;
    if (inside[h]! >= 0 || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) continue;
    // The head of its phrase: no noun or name after it in the phrase, and no possessive.
    const after = tokens[h + 1];
    if (after && ((/^(?:NOUN|PROPN)$/.test(after.pos) && after.spaceBefore) || /^['’]s?$/.test(after.text))) continue;
    const id = entities.entityAtToken[h];
    const type = typeOf(h);
    const sentenceFirst = sentences[t.sentence]!.first;
    const named = entities.nameRangeAt[h];
    const phrase: [number, number] | null = id !== undefined && named ? [named[0], named[1]] : phraseBefore(tokens, sentenceFirst, h + 1);
    if (!phrase) continue;
    // (A determiner before a name belongs to its phrase: "the Business Council of British Columbia".)
    if (id !== undefined && phrase[0] > sentenceFirst && /^(?:the|a|an)$/.test(tokens[phrase[0] - 1]!.lower)) phrase[0]--;
    if (pronoun === 'they') {
      const pair = id !== undefined ? coordinatedNames(article, entities, phrase, sentenceFirst) : null;
      if (pair && isSubjectLike(article, pair.first, phrase[1])) {
        return { name: pair.name, entityId: null, mention: makeSpan(article.text, tokens[at]!.start, tokens[at]!.end), sieve };
      }
    }
    const opener = tokens[phrase[0] - 1];
    // ("According to Gateway executives, ... They claim": the source a report names counts too.)
    const accordingTo = opener?.lower === 'to' && tokens[phrase[0] - 2]?.lower === 'according';
    if (!accordingTo && (!isSubjectLike(article, phrase[0], phrase[1]) || !predicateFollows(article, phrase[1]))) continue;
    // The subject of a clause inside another ("as Democrats pour into Philadelphia", "the system
    // that Republicans want") is seldom who the pronoun after it stands for.
    if (opener && (RELATIVE.has(opener.lower) || SUBORDINATORS.has(opener.lower))) continue;
    // "Senators Charles E. Grassley, Republican of Iowa, ...": an apposition to a name is no subject.
    if (opener?.text === ',' && typeOf(phrase[0] - 2) === 'PERSON') continue;
    // "He and his partner came ... because they wanted": a pair "they" stands for that has no one name.
    if (pronoun === 'they' && opener?.lower === 'and') return null;
    const fits =
      pronoun === 'it'
        ? type === 'ORGANIZATION' || (id === undefined && t.pos === 'NOUN' && IT_HEADS.has(t.lower))
        : type === 'ORGANIZATION' || (id === undefined && THEY_HEADS.has(t.lower)) || (t.pos === 'PROPN' && GROUP_WORDS.has(t.lower) && /s$/.test(t.lower));
    if (!fits) {
      // A person as the subject in between: "they" or "it" that follows is not reporting for an
      // earlier group ("The groups wrote. Smith agreed. '...,' it said" is too far to tell).
      if (type === 'PERSON') return null;
      continue;
    }
    const found = resolveSpeaker(article, entities, phrase, sieve);
    return { ...found, mention: makeSpan(article.text, tokens[at]!.start, tokens[at]!.end) };
  }
  return null;
}

/**
 * Does a verb follow the phrase ending before `end`, past adverbs and a short phrase after a
 * preposition ("Thursday's memo from the panel seemed")? Then the phrase is a clause's subject.
 */
function predicateFollows(article: ArticleContext, end: number): boolean {
  const { tokens } = article;
  let k = end;
  if (/^(?:of|from|for|at|in|on|with)$/.test(tokens[k]?.lower ?? '')) {
    const limit = k + 8;
    k++;
    while (k < limit && tokens[k] !== undefined && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k]!.pos)) k++;
  }
  // ("The email, released by Judicial Watch, was sent": past an aside set off by commas.)
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < k + 12 && tokens[close] !== undefined && tokens[close]!.text !== ',' && tokens[close]!.sentence === tokens[k]!.sentence) close++;
    if (tokens[close]?.text === ',') k = close + 1;
  }
  while (tokens[k]?.pos === 'ADV') k++;
  // ("the groups who wrote to her": a relative clause on the subject.)
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' || (k === end && /^(?:who|which)$/.test(tokens[k]?.lower ?? ''));
}

/** "Mr. Rubio and Mr. Cruz": the name before "and" and the one after it (`second`), as one speaker. */
function coordinatedNames(article: ArticleContext, entities: EntityIndex, second: [number, number], floor: number): { first: number; name: string } | null {
  const conj = second[0] - 1;
  if (article.tokens[conj]?.lower !== 'and' || conj - 1 < floor) return null;
  const name = pairedNames(article, entities, conj, second[1] - 1);
  return name ? { first: entities.nameRangeAt[conj - 1]?.[0] ?? conj - 1, name } : null;
}
