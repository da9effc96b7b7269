/**
 * Groups an article's name mentions into entities: full names with surnames, first names and
 * titled forms; organizations with acronyms and short forms; places with their variants.
 */
import type { ArticleContext } from '../context.js';
import { firstNameGender, isFirstName } from '../lexicon/gazetteer.js';
import { MEDIA_OUTLETS } from '../lexicon/media.js';
import { ORGANIZATION_VARIANTS, PLACE_VARIANTS } from '../lexicon/places.js';
import { FEMALE_HONORIFICS, FEMALE_NOUNS, MALE_HONORIFICS, MALE_NOUNS } from '../lexicon/titles.js';
import type { EntityType } from '../schema/entity.js';
import { nameKey } from './classify.js';
import type { NameMention } from './mention.js';

export interface Cluster {
  mentions: NameMention[];
  /** Variant group ("place:0", "media:4") when a mention is in a variant table. */
  group: string | null;
}

/** Words that open a surname rather than a full name: "de Blasio", "van Gogh", "Le Pen". */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'st.', 'mac']);
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on', 'in', 'du', 'des', 'la', 'le']);
const CORPORATE_SUFFIXES = new Set(['inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'llc', 'plc', 'group', 'ag', 'sa', 'nv', 'international', 'holdings']);

let variantGroups: Map<string, string> | undefined;

/** Lower-cased variant -> group id, over the place, organization and media tables. */
function variants(): Map<string, string> {
  if (variantGroups) return variantGroups;
  const map = new Map<string, string>();
  const add = (prefix: string, groups: readonly (readonly string[])[]) =>
    groups.forEach((names, i) => {
      for (const n of names) map.set(n.replace(/^The /, '').toLowerCase(), `${prefix}:${i}`);
    });
  add('place', PLACE_VARIANTS);
  add('org', ORGANIZATION_VARIANTS);
  add('media', MEDIA_OUTLETS);
  variantGroups = map;
  return map;
}

/** The token range of a mention without a leading "the" or a trailing possessive. */
export function nameRange(article: ArticleContext, m: { first: number; last: number }): [number, number] {
  let first = m.first;
  let last = m.last;
  if (last - first > 1 && article.tokens[first]!.lower === 'the') first++;
  while (last - first > 1 && /^['’]s$/.test(article.tokens[last - 1]!.text)) last--;
  return [first, last];
}

/**
 * The words of a mention as written, without a leading "the" or a trailing possessive, and with
 * curly apostrophes straightened: "O’Neill" and "O'Neill" are one name in one article.
 */
export function nameWords(article: ArticleContext, m: { first: number; last: number }): string[] {
  const [first, last] = nameRange(article, m);
  const words: string[] = [];
  for (let i = first; i < last; i++) words.push(article.tokens[i]!.text.replace(/[’‘]/g, "'"));
  return words;
}

/** A mention's name as written, without a leading "the" or a trailing possessive ("People's Republic of China"). */
export function nameText(article: ArticleContext, m: { first: number; last: number }): string {
  const [first, last] = nameRange(article, m);
  return article.text.slice(article.tokens[first]!.start, article.tokens[last - 1]!.end).replace(/\s+/g, ' ');
}

/** "Ahmed" = "Ahmed Mohamed", when exactly one person in the article has that first name. */
function firstNameMatch(byFirstName: ReadonlyMap<string, Set<number>>, m: NameMention, w: string[]): number {
  if (m.type !== 'PERSON' || w.length !== 1) return -1;
  const matches = byFirstName.get(w[0]!.toLowerCase());
  return matches?.size === 1 ? [...matches][0]! : -1;
}

/** Surname of a person-like name: its last word, suffixes such as "Jr." skipped. */
function surname(words: string[]): string {
  let k = words.length - 1;
  while (k > 0 && NAME_SUFFIXES.has(words[k]!.toLowerCase())) k--;
  return words[k]!.toLowerCase();
}

function acronymOf(words: string[]): string {
  return words
    .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function asAcronym(words: string[]): string | null {
  if (words.length !== 1) return null;
  const bare = words[0]!.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare : null;
}

const isPersonish = (m: NameMention) => m.type === 'PERSON';

/** A distinct written form of a cluster's name, with its words. */
interface Form {
  mention: NameMention;
  words: string[];
}

/**
 * The same words name the same thing, except a place and an organization: a country and its
 * team or government ("Pakistan beat England") are told apart by the tagger on purpose.
 */
const typesAgree = (a: EntityType, b: EntityType): boolean =>
  a === b || !((a === 'LOCATION' && b === 'ORGANIZATION') || (a === 'ORGANIZATION' && b === 'LOCATION'));

/** Does mention `m` (with words `w`) name the same thing as cluster `c`? */
function sameThing(c: Cluster, forms: readonly Form[], hasPerson: boolean, m: NameMention, w: string[], group: string | null): boolean {
  if (group !== null && c.group === group) return true;
  const lowerText = w.join(' ').toLowerCase();
  const personish = isPersonish(m) || hasPerson;
  // "Heidi Cruz" is not the "Cruz" of a cluster that holds "Ted Cruz": a full name joins no
  // cluster through its surname when the cluster has a full name with another first name.
  // ("De Blasio" opens with a particle of the surname, not a first name: it is "Bill de Blasio".)
  const firstNamed = (words: readonly string[]) => words.length > 1 && !SURNAME_PARTICLES.has(words[0]!.toLowerCase());
  const otherFirstName = firstNamed(w) && forms.some((f) => firstNamed(f.words) && f.mention.type === 'PERSON' && surname(f.words) === surname(w) && f.words[0]![0] !== w[0]![0]);
  for (const { mention: cm, words: cw } of forms) {
    // "Muslims" = "Muslim": a group named in the plural and the singular.
    if (m.type === 'MISC' && cm.type === 'MISC' && w.length === 1 && cw.length === 1 && lowerText.replace(/s$/, '') === cw[0]!.toLowerCase().replace(/s$/, '')) return true;
    if (cw.join(' ').toLowerCase() === lowerText && typesAgree(cm.type, m.type)) return true;
    if (personish && !otherFirstName && (cm.type === 'PERSON' || m.type === 'PERSON')) {
      // "Trump" = "Donald Trump"; "Donald J. Trump" = "Donald Trump"; "Elon" = "Elon Musk"
      if (w.length === 1 && cw.length > 1 && surname(cw) === lowerText) return true;
      if (cw.length === 1 && w.length > 1 && surname(w) === cw[0]!.toLowerCase()) return true;
      if (w.length > 1 && cw.length > 1 && surname(w) === surname(cw) && w[0]![0] === cw[0]![0]) return true;
      // "De Blasio" = "Bill de Blasio": a surname with its particle is the tail of the full name.
      const tail = (short: string[], long: string[]) => SURNAME_PARTICLES.has(short[0]!.toLowerCase()) && long.length > short.length && long.slice(-short.length).join(' ').toLowerCase() === short.join(' ').toLowerCase();
      if (tail(w, cw) || tail(cw, w)) return true;
    }
    // "Magna" = "Magna International Inc", whatever type the tagger gave the short form.
    if (cm.type === 'ORGANIZATION' && cw.length > w.length && cw.slice(0, w.length).join(' ').toLowerCase() === lowerText &&
      cw.slice(w.length).every((x) => CORPORATE_SUFFIXES.has(x.toLowerCase()))) return true;
    if (m.type !== 'PERSON' && cm.type !== 'PERSON') {
      const acronym = asAcronym(w);
      const cAcronym = asAcronym(cw);
      if (acronym !== null && cw.length > 1 && acronymOf(cw) === acronym) return true;
      if (cAcronym !== null && w.length > 1 && acronymOf(w) === cAcronym) return true;
      // "the Times" = "The New York Times"; "Magna" = "Magna International Inc"
      if (w.length === 1 && cw.length > 1) {
        const word = lowerText;
        // "the Times" = "The New York Times", "the Pistons" = "the Detroit Pistons"
        if (m.type === 'ORGANIZATION' && cm.type === 'ORGANIZATION' && cw[cw.length - 1]!.toLowerCase() === word) return true;
      }
      if (w.length > cw.length && w.slice(0, cw.length).join(' ').toLowerCase() === cw.join(' ').toLowerCase() &&
        w.slice(cw.length).every((x) => CORPORATE_SUFFIXES.has(x.toLowerCase()))) return true;
    }
  }
  return false;
}

/** The prefixes of a name that leave only corporate suffixes behind ("Magna" of "Magna International Inc"). */
function suffixStripped(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = words.length - 1; j > 0 && CORPORATE_SUFFIXES.has(words[j]!.toLowerCase()); j--) out.push(words.slice(0, j).join(' ').toLowerCase());
  return out;
}

/**
 * Clusters are indexed by keys and a name is compared only with the clusters it shares a key
 * with, so clustering stays linear in the number of names. Each rule of `sameThing` has its
 * key: a form is indexed under `indexKeys`, a new name looks up `queryKeys`.
 */
function indexKeys(cw: readonly string[]): string[] {
  const lower = cw.join(' ').toLowerCase();
  const keys = [`full:${lower}`];
  if (cw.length === 1) {
    keys.push(`one:${lower.replace(/s$/, '')}`, `sw:${lower}`);
    const is = asAcronym(cw as string[]);
    if (is !== null) keys.push(`isacr:${is}`);
  } else {
    keys.push(`sur:${surname(cw as string[])}`, `last:${cw[cw.length - 1]!.toLowerCase()}`);
    const made = acronymOf(cw as string[]);
    if (made.length >= 2) keys.push(`acr:${made}`);
  }
  for (const p of suffixStripped(cw)) keys.push(`pre:${p}`);
  return keys;
}

function queryKeys(w: readonly string[]): string[] {
  const lower = w.join(' ').toLowerCase();
  const keys = [`full:${lower}`, `pre:${lower}`];
  if (w.length === 1) {
    keys.push(`one:${lower.replace(/s$/, '')}`, `sur:${lower}`, `last:${lower}`);
    const is = asAcronym(w as string[]);
    if (is !== null) keys.push(`acr:${is}`);
  } else {
    keys.push(`sw:${surname(w as string[])}`, `sur:${surname(w as string[])}`);
    const made = acronymOf(w as string[]);
    if (made.length >= 2) keys.push(`isacr:${made}`);
  }
  for (const p of suffixStripped(w)) keys.push(`full:${p}`);
  return keys;
}

/** Clusters mentions in text order; each joins the most recent cluster that names the same thing. */
export function clusterNames(article: ArticleContext, names: readonly NameMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const recency: number[] = [];
  const table = variants();
  // Each cluster's distinct written forms: a name repeated twenty times is compared once.
  const forms: Form[][] = [];
  const formKeys: Set<string>[] = [];
  const hasPerson: boolean[] = [];
  const byKey = new Map<string, Set<number>>();
  const byFirstName = new Map<string, Set<number>>();
  const index = (map: Map<string, Set<number>>, key: string, k: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(k);
  };
  for (const m of names) {
    const w = nameWords(article, m);
    const key = `${m.type}\t${w.join(' ')}`;
    const group = table.get(nameText(article, m).toLowerCase()) ?? table.get(nameKey(article, m)) ?? null;
    const candidates = new Set<number>();
    for (const k of queryKeys(w)) for (const c of byKey.get(k) ?? []) candidates.add(c);
    if (group !== null) for (const c of byKey.get(`group:${group}`) ?? []) candidates.add(c);
    let best = -1;
    // A surname alone that several people in a family share ("Cruz" after "Ted Cruz" and "Heidi
    // Cruz") goes to the one the article named first, of the gender an honorific gives ("Mrs."),
    // not to the one named last.
    const lone = m.type === 'PERSON' && w.length === 1;
    const honorific = lone ? honorificGender(article.tokens[m.first - 1]?.lower) : null;
    const described = m.type === 'PERSON' && w.length > 1 ? describedGender(article, m) : null;
    for (const k of candidates) {
      if (!sameThing(clusters[k]!, forms[k]!, hasPerson[k]!, m, w, group)) continue;
      if (lone && honorific !== null && clusterGender(forms[k]!) === (honorific === 'm' ? 'f' : 'm')) continue;
      // ("Mr. Obama ... the first lady, Michelle Obama": a full name the text gives a gender joins no
      // surname alone that an honorific of the other gender has claimed.)
      if (described !== null && firstFullName(forms[k]!) === undefined && honorificGenderOf(article, clusters[k]!.mentions) === (described === 'm' ? 'f' : 'm')) continue;
      // (A cluster whose full name opens with a first name beats one opening with a stray word the
      // tagger ran in: "On Donald Trump".)
      const better = best < 0 || (lone && hasPerson[k] && hasPerson[best] ? earlierPerson(forms[k]!, k, forms[best]!, best) : recency[k]! > recency[best]!);
      if (better) best = k;
    }
    if (best < 0) best = firstNameMatch(byFirstName, m, w);
    const isNewForm = best < 0 || !formKeys[best]!.has(key);
    if (best < 0) {
      best = clusters.length;
      clusters.push({ mentions: [m], group });
      recency.push(m.first);
      forms.push([{ mention: m, words: w }]);
      formKeys.push(new Set([key]));
      hasPerson.push(isPersonish(m));
    } else {
      const c = clusters[best]!;
      c.mentions.push(m);
      c.group ??= group;
      recency[best] = m.first;
      hasPerson[best] = hasPerson[best]! || isPersonish(m);
      if (isNewForm) {
        formKeys[best]!.add(key);
        forms[best]!.push({ mention: m, words: w });
      }
    }
    if (isNewForm) for (const k of indexKeys(w)) index(byKey, k, best);
    const g = clusters[best]!.group;
    if (g !== null) index(byKey, `group:${g}`, best);
    if (m.type === 'PERSON' && m.last - m.first > 1) index(byFirstName, w[0]!.toLowerCase(), best);
  }
  return mergeSurnameClusters(article, clusters);
}

/** Of two person clusters, is the first the better home for a lone surname: a full name that opens with a first name, then the earlier? */
function earlierPerson(a: readonly Form[], ak: number, b: readonly Form[], bk: number): boolean {
  const opensWithFirstName = (forms: readonly Form[]) => {
    const full = firstFullName(forms);
    return full !== undefined && isFirstName(full.words[0]!.toLowerCase());
  };
  const fa = opensWithFirstName(a);
  const fb = opensWithFirstName(b);
  return fa !== fb ? fa : ak < bk;
}

/** The gender an honorific gives ("Mr." -> m, "Mrs." -> f), or null. */
function honorificGender(word: string | undefined): 'm' | 'f' | null {
  if (word === undefined) return null;
  if (MALE_HONORIFICS.has(word)) return 'm';
  if (FEMALE_HONORIFICS.has(word)) return 'f';
  return null;
}

/** The gender the words right before a name give it, past one comma: "Mrs.", "his wife,", "the first lady,". */
function describedGender(article: ArticleContext, m: NameMention): 'm' | 'f' | null {
  let k = m.first - 1;
  if (article.tokens[k]?.text === ',') k--;
  const word = article.tokens[k]?.lower;
  if (word === undefined) return null;
  const two = `${article.tokens[k - 1]?.lower ?? ''} ${word}`;
  if (MALE_HONORIFICS.has(word) || MALE_NOUNS.has(word) || MALE_HONORIFICS.has(two)) return 'm';
  if (FEMALE_HONORIFICS.has(word) || FEMALE_NOUNS.has(word) || FEMALE_HONORIFICS.has(two)) return 'f';
  return null;
}

/** The gender an honorific before one of a cluster's one-word mentions gives ("Mr. Obama"), or null. */
function honorificGenderOf(article: ArticleContext, mentions: readonly NameMention[]): 'm' | 'f' | null {
  for (const m of mentions) {
    if (m.last - m.first !== 1) continue;
    const g = honorificGender(article.tokens[m.first - 1]?.lower);
    if (g !== null) return g;
  }
  return null;
}

/** The gender of the first full name among a cluster's forms, from the gazetteer's first names. */
function clusterGender(forms: readonly Form[]): 'm' | 'f' | null {
  const full = firstFullName(forms);
  return full ? firstNameGender(full.words[0]!.toLowerCase()) : null;
}

/** The first form of a cluster that is a person's name of two words or more. */
const firstFullName = (forms: readonly Form[]): Form | undefined => forms.find((f) => f.words.length > 1 && f.mention.type === 'PERSON');

/** A surname seen before the full name ("Trump ... Donald Trump") joins the full name's cluster. */
function mergeSurnameClusters(article: ArticleContext, clusters: Cluster[]): Cluster[] {
  // The clusters that hold a person's full name, by surname, in cluster order.
  const bySurname = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const seen = new Set<string>();
    for (const m of c.mentions) {
      if (m.type !== 'PERSON' || m.last - m.first <= 1) continue;
      const s = surname(nameWords(article, m));
      if (seen.has(s)) continue;
      seen.add(s);
      const list = bySurname.get(s);
      if (list) list.push(c);
      else bySurname.set(s, [c]);
    }
  }
  const merged = new Set<Cluster>();
  for (const c of clusters) {
    if (!c.mentions.every((m) => m.last - m.first === 1)) continue;
    const word = nameWords(article, c.mentions[0]!)[0]!.toLowerCase();
    // (Not across genders: "Mr. Obama" is not "Michelle Obama".)
    const honorific = honorificGenderOf(article, c.mentions);
    // (First names alone do not say enough: Lindsey Graham is "Mr. Graham"; what the article says
    // of the full name does: "the first lady, Michelle Obama".)
    const clash = (o: Cluster) => honorific !== null && o.mentions.some((m) => m.type === 'PERSON' && m.last - m.first > 1 && describedGender(article, m) === (honorific === 'm' ? 'f' : 'm'));
    const target = bySurname.get(word)?.find((o) => o !== c && !merged.has(o) && !clash(o));
    if (!target || !c.mentions.some((m) => m.type === 'PERSON')) continue;
    target.mentions.push(...c.mentions);
    target.mentions.sort((a, b) => a.first - b.first);
    merged.add(c);
  }
  return clusters.filter((c) => !merged.has(c));
}

/** The cluster's type: the vote of its mentions, longer names and lexicon-backed ones weighing more. */
export function clusterType(c: Cluster, article?: ArticleContext): EntityType {
  // "Donald Trump" once, then "Trump" fourteen times in "Trump's plan" the tagger reads as a
  // company's: a first name and a surname, every other mention one of the two, is a person.
  if (article) {
    const word = (t: number) => article.tokens[t]!.text;
    const full = c.mentions.find((m) => m.type === 'PERSON' && m.last - m.first === 2 && isFirstName(article.tokens[m.first]!.lower) && /^\p{Lu}\p{Ll}/u.test(word(m.first + 1)));
    if (full) {
      const forms = new Set([`${word(full.first)} ${word(full.first + 1)}`, word(full.first), word(full.first + 1)]);
      if (c.mentions.every((m) => forms.has(article.tokens.slice(m.first, m.last).map((t) => t.text).join(' ')))) return 'PERSON';
    }
  }
  // "Suu Kyi, 70, said": an age set off by commas after a name makes it a person's.
  if (article && !c.mentions.some((m) => m.lexical) && c.mentions.some((m) => ageFollows(article, m.last))) return 'PERSON';
  const votes = new Map<EntityType, number>();
  for (const m of c.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + (m.lexical ? 3 : m.last - m.first > 1 ? 1.5 : 1));
  let best: EntityType = c.mentions[0]!.type;
  for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
  return best;
}

/** Is the name ending before token `at` followed by an age in commas (", 70,")? */
function ageFollows(article: ArticleContext, at: number): boolean {
  const [comma, age, close] = [article.tokens[at], article.tokens[at + 1], article.tokens[at + 2]];
  return comma?.text === ',' && close?.text === ',' && age !== undefined && /^\d{1,3}$/.test(age.text) && Number(age.text) >= 12 && Number(age.text) <= 110;
}

/** The cluster's canonical name: the fullest form used (most words; the first such). */
export function clusterName(article: ArticleContext, c: Cluster): string {
  let best = 0;
  let bestText = '';
  for (const m of c.mentions) {
    const [first, last] = nameRange(article, m);
    if (last - first > best) {
      best = last - first;
      // As written, so "Mar-a-Lago" and "U.S." keep their spacing; line breaks become spaces.
      bestText = article.text.slice(article.tokens[first]!.start, article.tokens[last - 1]!.end).replace(/\s+/g, ' ');
    }
  }
  // "The New York Times": the outlet's own form, when it is the form the article used.
  if (c.group?.startsWith('media:')) {
    const canonical = MEDIA_OUTLETS[Number(c.group.slice(6))]![0]!;
    if (canonical.replace(/^The /, '') === bestText) return canonical;
  }
  return bestText;
}
