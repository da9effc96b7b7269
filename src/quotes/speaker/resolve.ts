/**
 * From the in-text reference to a speaker to a name: an entity's canonical name for a name or a
 * resolved pronoun, an entity whose role matches a descriptor ("the communications director"),
 * an earlier fuller descriptor ("the officials" -> "two Iranian officials"), or the descriptor.
 */
import type { ArticleContext } from '../../context.js';
import type { EntityIndex } from '../../entities/index.js';
import { TITLE_NOUNS } from '../../lexicon/abbreviations.js';
import { DOCUMENT_NOUNS } from '../../lexicon/attribution-words.js';
import type { Speaker } from '../../schema/quote.js';
import { makeSpan } from '../../span.js';
import { firstNotBefore } from '../../text/bisect.js';
import { asideOpener, relativeAntecedent } from '../../text/phrases.js';

const DETERMINERS = /^(?:the|a|an|this|that|these|those|one|some)$/;

/** Singular form of a head noun, for matching "officials" with "official". */
const singular = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

export function resolveSpeaker(article: ArticleContext, entities: EntityIndex, mention: [number, number] | null, sieve: string): Speaker {
  if (mention === null) return { name: null, entityId: null, mention: null, sieve };
  const { tokens } = article;
  // "Obama, who called the nominee 'unfit to serve'": the mention is "who", the name its antecedent's.
  const antecedent = relativeAntecedent(tokens, article.sentences[tokens[mention[0]]!.sentence]!.first, mention);
  if (antecedent) {
    const named = resolveSpeaker(article, entities, antecedent, sieve);
    return { ...named, mention: makeSpan(article.text, tokens[mention[0]]!.start, tokens[mention[0]]!.end) };
  }
  let first = mention[0];
  const last = mention[1];
  // The head of the phrase is its last word, without a possessive.
  let head = last - 1;
  // ... and without a closing parenthetical ("Representative Jim Ramstad (R Minnesota)").
  if (tokens[head]!.text === ')') {
    const open = asideOpener(tokens, head, first);
    if (open > first) head = open - 1;
  }
  while (head > first && /^['’]s?$/.test(tokens[head]!.text)) head--;
  // ... and without where the person is from: "Representative Charles B. Rangel of New York".
  let k = head;
  const tail = entities.entityAtToken[head];
  const inTail = (t: number) => (tail === undefined ? /^\p{Lu}/u.test(tokens[t]!.text) && entities.entityAtToken[t] === undefined : entities.entityAtToken[t] === tail);
  while (k > first && inTail(k - 1)) k--;
  // ("Del. Stacey Plaskett of the Virgin Islands": past the article.)
  if (k - 1 > first && tokens[k - 1]!.lower === 'the') k--;
  const before = entities.entityAtToken[k - 2];
  if (k - 2 >= first && tokens[k - 1]!.lower === 'of' && before && entities.byId.get(before)?.type === 'PERSON') head = k - 2;
  // Places do not speak: in "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem"
  // or "His critics in the United States" the speaker comes before the place.
  head = beforePlace(article, entities, first, head);
  const span = makeSpan(article.text, tokens[first]!.start, tokens[last - 1]!.end);
  const id = entities.entityAtToken[head];
  // "Obama and Clinton call them ...": two people joined by "and" speak together.
  const words = tokens.slice(first, last);
  const and = words.findIndex((t) => t.lower === 'and') + first;
  const pair = and > first && !words.some((t) => t.text === ',') ? pairedNames(article, entities, and, head) : null;
  if (pair) return { name: pair, entityId: null, mention: span, sieve };
  if (id) {
    const entity = entities.byId.get(id)!;
    return { name: entity.name, entityId: id, mention: span, sieve };
  }
  // "PC World's recent analysis of its traffic": an organization's document speaks for it.
  const author = documentAuthor(article, entities, first, last);
  if (author) return { name: author.name, entityId: author.id, mention: span, sieve };
  // A descriptor: an entity whose role shares its head noun, nearest before it or in it ("the Crown
  // prosecutor, Mark Tedeschi": the role is the mention itself).
  const headWord = singular(tokens[head]!.text);
  // ("The Texas senator" is no "Arizona Sen.": the places and bodies the descriptor names must be in the role.)
  // (The tagger types a state before a title either way: "Indiana Gov." comes out an organization.)
  const isPlace = (t: number) => /^(?:LOCATION|ORGANIZATION)$/.test(entities.byId.get(entities.entityAtToken[t] ?? '')?.type ?? '');
  const places = tokens.slice(first + 1, head).filter((t) => isPlace(t.index)).map((t) => t.lower);
  const fits = (role: string) => places.every((w) => role.toLowerCase().split(/[\s-]+/).includes(w));
  const best = nearestRole(entities, headWord, span.end, fits);
  if (best && DETERMINERS.test(tokens[first]!.lower) && tokens[first]!.lower === 'the') {
    return { name: best.name, entityId: best.id, mention: span, sieve };
  }
  // "The officials" after "two Iranian officials": the fuller, earlier description names them.
  // (Not a name: "the Times" is no "long time".)
  if (/^(?:the|these|those)$/.test(tokens[first]!.lower) && /^\p{Ll}/u.test(tokens[head]!.text)) {
    const earlier = earlierDescriptor(article, headWord, span.start);
    // ... but only one that says at least as much ("the Syrian team" is not "an Afghan team").
    const modifiers = tokens.slice(first + 1, head).map((t) => t.lower);
    const earlierWords = new Set(earlier?.toLowerCase().split(/\s+/));
    if (earlier && modifiers.every((w) => earlierWords.has(w))) return { name: earlier, entityId: null, mention: span, sieve };
  }
  while (first < last - 1 && tokens[first]!.lower === 'the') first++;
  return { name: article.text.slice(tokens[first]!.start, tokens[last - 1]!.end).replace(/\s+/g, ' '), entityId: null, mention: span, sieve };
}

/**
 * "Mark Blumenthal and Jon Cohen", "Mrs. Clinton and former President Bill Clinton": the names of
 * two people, the first ending right before "and" at `and`, the second holding `head`, or null.
 */
export function pairedNames(article: ArticleContext, entities: EntityIndex, and: number, head: number): string | null {
  const e1 = entities.byId.get(entities.entityAtToken[and - 1] ?? '');
  const e2 = entities.byId.get(entities.entityAtToken[head] ?? '');
  if (!e1 || !e2 || e1 === e2 || e1.type !== 'PERSON' || e2.type !== 'PERSON') return null;
  // (Not the end of a longer list: "Will Smith, Patti LaBelle and Stevie Wonder, who joked".)
  const start = entities.nameRangeAt[and - 1]?.[0] ?? and - 1;
  const listed = entities.byId.get(entities.entityAtToken[start - 2] ?? '');
  if (article.tokens[start - 1]?.text === ',' && listed?.type === 'PERSON') return null;
  return `${e1.name} and ${e2.name}`;
}

/**
 * The head of a mention whose head is a place brought in by a preposition: its first person
 * before the preposition, else its first organization, else the word before the first preposition.
 */
function beforePlace(article: ArticleContext, entities: EntityIndex, first: number, head: number): number {
  const typeAt = (t: number) => entities.byId.get(entities.entityAtToken[t] ?? '')?.type;
  if (typeAt(head) !== 'LOCATION') return head;
  // (Only past a preposition: in "Former Maryland Gov. Martin O’Malley" the tagger's place is the man.)
  let prep = head - 1;
  while (prep > first && !/^(?:of|in|from|at)$/.test(article.tokens[prep]!.lower)) prep--;
  if (prep <= first) return head;
  for (const wanted of ['PERSON', 'ORGANIZATION']) {
    for (let t = first; t < prep; t++) {
      if (typeAt(t) !== wanted) continue;
      let end = t;
      while (end + 1 < prep && entities.entityAtToken[end + 1] === entities.entityAtToken[t]) end++;
      return end;
    }
  }
  let at = first + 1;
  while (at < prep && !/^(?:of|in|from|at)$/.test(article.tokens[at]!.lower)) at++;
  return /^(?:NOUN|PROPN)$/.test(article.tokens[at - 1]!.pos) ? at - 1 : head;
}

/**
 * The organization whose document the mention is: an organization's name, its possessive, at most
 * two adjectives and a document noun ("PC World's recent analysis", "the Club for Growth ad").
 */
function documentAuthor(article: ArticleContext, entities: EntityIndex, first: number, last: number): { id: string; name: string } | null {
  const { tokens } = article;
  let k = first;
  if (/^(?:the|a|an)$/.test(tokens[k]!.lower)) k++;
  const id = entities.entityAtToken[k];
  const entity = id ? entities.byId.get(id) : undefined;
  if (!entity || entity.type !== 'ORGANIZATION') return null;
  while (k < last && entities.entityAtToken[k] === id) k++;
  if (k < last && /^['’]s?$/.test(tokens[k]!.text)) k++;
  for (let adjectives = 0; k < last && tokens[k]!.pos === 'ADJ' && adjectives < 2; adjectives++) k++;
  // (Not a poll: "a Quinnipiac poll" reports what its respondents said, not Quinnipiac.)
  return k < last && DOCUMENT_NOUNS.has(tokens[k]!.lower) && !/^(?:poll|polls|survey)$/.test(tokens[k]!.lower) ? entity : null;
}

interface RoleEntry {
  at: number;
  id: string;
  name: string;
  /** The role as written ("Indiana Gov."). */
  text: string;
}

const roleIndexes = new WeakMap<EntityIndex, Map<string, RoleEntry[]>>();

/** The role of a person or organization ending in `headWord` that starts last before `before` and `fits`. */
function nearestRole(entities: EntityIndex, headWord: string, before: number, fits: (role: string) => boolean): RoleEntry | null {
  let index = roleIndexes.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities.entities) {
      if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue;
      for (const r of e.roles) {
        // (The head of "director of the Budget Office" is "director".)
        const words = r.text.split(/\s+of\s+/i)[0]!.split(/\s+/);
        const last = singular(words[words.length - 1]!);
        const key = TITLE_NOUNS.get(last) ?? last;
        const list = index.get(key);
        const entry = { at: r.start, id: e.id, name: e.name, text: r.text };
        if (list) list.push(entry);
        else index.set(key, [entry]);
      }
    }
    // By position; among roles at the same position, the earlier entity first (a stable sort).
    for (const list of index.values()) list.sort((a, b) => a.at - b.at);
    roleIndexes.set(entities, index);
  }
  const list = index.get(headWord);
  if (!list) return null;
  const lo = firstNotBefore(list.length, (k) => list[k]!.at < before);
  for (let k = lo - 1; k >= 0; k--) {
    if (!fits(list[k]!.text)) continue;
    while (k > 0 && list[k - 1]!.at === list[k]!.at && fits(list[k - 1]!.text)) k--;
    return list[k]!;
  }
  return null;
}

const descriptorIndexes = new WeakMap<ArticleContext, Map<string, { at: number; text: string }>>();

/** An indefinite description with the same head noun earlier in the article ("two Iranian officials"). */
function earlierDescriptor(article: ArticleContext, headWord: string, before: number): string | null {
  let index = descriptorIndexes.get(article);
  if (!index) {
    // The first indefinite description of each head noun in the article.
    index = new Map();
    const { tokens } = article;
    for (let i = 0; i < tokens.length; i++) {
      // Heads only: in "classified government documents", "government" describes nothing.
      if (tokens[i]!.pos !== 'NOUN' || tokens[i + 1]?.pos === 'NOUN') continue;
      const word = singular(tokens[i]!.text);
      if (index.has(word)) continue;
      let f = i;
      while (f > 0 && (tokens[f - 1]!.pos === 'ADJ' || tokens[f - 1]!.pos === 'NUM' || tokens[f - 1]!.pos === 'PROPN' || (tokens[f - 1]!.pos === 'DET' && !/^the$/i.test(tokens[f - 1]!.text)))) {
        f--;
        // (A determiner opens the phrase: "provided to Congress an unusual white paper" is "an unusual white paper".)
        if (tokens[f]!.pos === 'DET') break;
      }
      if (f < i && tokens[f]!.lower !== 'the') index.set(word, { at: tokens[i]!.start, text: article.text.slice(tokens[f]!.start, tokens[i]!.end).replace(/\s+/g, ' ') });
    }
    descriptorIndexes.set(article, index);
  }
  const found = index.get(headWord);
  return found && found.at < before ? found.text : null;
}
