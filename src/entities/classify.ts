/**
 * Fine classes for name mentions: media outlets, political places (GPE), facilities,
 * nationalities and groups (NORP), events and laws, from lexicons and head words.
 */
import type { ArticleContext } from '../context.js';
import { EVENT_WORDS, FACILITY_WORDS, GROUP_WORDS, LAW_WORDS, NATURAL_PLACE_WORDS } from '../lexicon/entity-words.js';
import { gazetteer, type GazetteerClass } from '../lexicon/gazetteer.js';
import { MEDIA_HEAD_WORDS, MEDIA_NAME_SET } from '../lexicon/media.js';
import { NEWS_PLACES } from '../lexicon/places.js';
import type { NameMention } from './mention.js';

const NEWS_PLACE_SET: ReadonlySet<string> = new Set(NEWS_PLACES.map((p) => p.toLowerCase()));
const PLACE_CLASSES: readonly GazetteerClass[] = ['country', 'city', 'region'];
const NAME_LEXICON_CLASSES: readonly GazetteerClass[] = ['person', 'first', 'last', 'male', 'female'];
const NATIONALITY_ENDING = /(?:an|ian|ese|ish|i|ic|ch|sh)$/;

/** The mention's words without a leading "the", lower-cased and joined. */
export function nameKey(article: ArticleContext, m: { first: number; last: number }): string {
  const words: string[] = [];
  for (let i = m.first; i < m.last; i++) words.push(article.tokens[i]!.lower);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ').replace(/ 's$/, '');
}

export function classifyName(article: ArticleContext, m: NameMention): NameMention {
  if (m.subtype) return m;
  const tokens = article.tokens;
  const key = nameKey(article, m);
  const head = tokens[m.last - 1]!;
  const next = tokens[m.last];
  const g = gazetteer();
  const classes = new Set(g.matchesAt((i) => (i < m.last ? tokens[i]!.lower : undefined), m.first).filter(([len]) => len === m.last - m.first).flatMap(([, c]) => c));

  if (MEDIA_NAME_SET.has(key) || classes.has('media')) return { ...m, type: 'ORGANIZATION', subtype: 'MEDIA', lexical: true };
  // "Muslims", "Latinos": a religious, ethnic or political group is no person. (A party the tagger
  // calls an organization stays one: "Labour".)
  if (m.type === 'PERSON' && GROUP_WORDS.has(key)) return { ...m, type: 'MISC', subtype: 'NORP', lexical: true };
  // A name of several words that the place lexicons know whole, and no name lexicon does, is no
  // person ("North Korea", "Capitol Hill"). (One word may be a surname too: "Cork", "Kerry".)
  const knownPlace = () => NEWS_PLACE_SET.has(key) || (PLACE_CLASSES.some((c) => classes.has(c)) && !NAME_LEXICON_CLASSES.some((c) => classes.has(c)));
  if (m.type === 'PERSON' && m.last - m.first > 1 && knownPlace()) {
    return { ...m, type: 'LOCATION', subtype: 'GPE', lexical: true };
  }
  if (m.type === 'ORGANIZATION') {
    const followedByOutletWord = next !== undefined && /^(?:news|newspaper|agency|magazine|radio|television|tv|broadcaster|daily|wire)$/.test(next.lower);
    if (followedByOutletWord || (m.last - m.first > 1 && MEDIA_HEAD_WORDS.has(head.text))) return { ...m, subtype: 'MEDIA' };
    return m;
  }
  if (m.type === 'LOCATION') {
    if (FACILITY_WORDS.has(head.lower) && m.last - m.first > 1) return { ...m, subtype: 'FACILITY' };
    if (NATURAL_PLACE_WORDS.has(head.lower) || NATURAL_PLACE_WORDS.has(tokens[m.first]!.lower)) return m;
    return { ...m, subtype: 'GPE' };
  }
  if (m.type === 'MISC') {
    if (classes.has('demonym') || GROUP_WORDS.has(key)) return { ...m, subtype: 'NORP' };
    if (EVENT_WORDS.has(head.lower)) return { ...m, subtype: 'EVENT' };
    if (LAW_WORDS.has(head.lower)) return { ...m, subtype: 'LAW' };
    if (m.last - m.first === 1 && NATIONALITY_ENDING.test(key) && /^\p{Lu}/u.test(head.text)) return { ...m, subtype: 'NORP' };
  }
  return m;
}
