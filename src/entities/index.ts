/**
 * The entities stage: tag names, refine and classify them, cluster mentions of one thing,
 * attach pronouns to people, and collect roles.
 */
import type { ArticleContext } from '../context.js';
import { firstNameGender, gazetteer } from '../lexicon/gazetteer.js';
import { FEMALE_HONORIFICS, FEMALE_NOUNS, MALE_HONORIFICS, MALE_NOUNS } from '../lexicon/titles.js';
import type { Entity, EntityMention } from '../schema/entity.js';
import { makeSpan, type Span } from '../span.js';
import { classifyName } from './classify.js';
import { type Cluster, clusterName, clusterNames, clusterType, nameRange } from './cluster.js';
import { headlineNames } from './headline.js';
import { FROM_CONLL, type NameMention } from './mention.js';
import { type Gender, resolvePronouns } from './pronouns.js';
import { refineNames } from './refine.js';
import { rolesOf } from './roles.js';
import { quotationIndex } from './syntax.js';
import { tagNames } from './tag.js';

/** What later stages need from the entities stage beyond the records themselves. */
export interface EntityIndex {
  entities: Entity[];
  /** Entity id of the mention (name, pronoun) covering each token, or undefined. */
  entityAtToken: (string | undefined)[];
  /** For each token, the quotation index holding it, or -1. */
  insideQuote: Int32Array;
  /** Gender of each person entity, by id, where known. */
  gender: Map<string, 'm' | 'f'>;
  /** Each entity by its id. */
  byId: Map<string, Entity>;
  /** The token range [first, last) of the name mention covering each token, as the mention is output. */
  nameRangeAt: ([number, number] | undefined)[];
}

/** The index of an article with no entities found. */
export function emptyEntityIndex(article: ArticleContext): EntityIndex {
  return { entities: [], entityAtToken: new Array(article.tokens.length), insideQuote: new Int32Array(article.tokens.length).fill(-1), gender: new Map(), byId: new Map(), nameRangeAt: new Array(article.tokens.length) };
}

export function findEntities(article: ArticleContext): EntityIndex {
  const tagged: NameMention[] = tagNames(article).map((n) => ({ first: n.first, last: n.last, type: FROM_CONLL[n.type]! }));
  const names = headlineNames(article, refineNames(article, tagged).map((m) => classifyName(article, m)));
  const clusters = clusterNames(article, names);
  const insideQuote = quotationIndex(article);

  const types = clusters.map((c) => clusterType(c, article));
  const genders: Gender[] = clusters.map((c, k) => (types[k] === 'PERSON' ? genderOf(article, c) : null));
  const antecedents = clusters.flatMap((c, k) => (types[k] === 'PERSON' ? c.mentions.map((m) => ({ person: k, first: m.first, last: m.last })) : []));
  const pronouns = resolvePronouns(article, antecedents, genders, insideQuote);

  const nameAtToken: ({ first: number; last: number } | undefined)[] = new Array(article.tokens.length);
  for (const c of clusters) for (const m of c.mentions) for (let i = m.first; i < m.last; i++) nameAtToken[i] = m;
  const nameAt = (i: number) => nameAtToken[i];

  const pronounsOf = new Map<number, typeof pronouns>();
  for (const p of pronouns) {
    const list = pronounsOf.get(p.person);
    if (list) list.push(p);
    else pronounsOf.set(p.person, [p]);
  }
  const entities: Entity[] = [];
  const entityAtToken: (string | undefined)[] = new Array(article.tokens.length);
  const nameRangeAt: ([number, number] | undefined)[] = new Array(article.tokens.length);
  const gender = new Map<string, 'm' | 'f'>();
  const order = clusters.map((c, k) => k).sort((a, b) => clusters[a]!.mentions[0]!.first - clusters[b]!.mentions[0]!.first);
  for (const k of order) {
    const c = clusters[k]!;
    const id = `e${entities.length + 1}`;
    const type = types[k]!;
    const mentions: EntityMention[] = [];
    const roles: Span[] = [];
    for (const m of c.mentions) {
      const [first, last] = nameRange(article, m);
      for (let i = first; i < last; i++) nameRangeAt[i] = [first, last];
      mentions.push({ ...makeSpan(article.text, article.tokens[first]!.start, article.tokens[last - 1]!.end), kind: 'name' });
      for (let i = m.first; i < m.last; i++) entityAtToken[i] = id;
      if (type === 'PERSON' || type === 'ORGANIZATION') roles.push(...rolesOf(article, m.first, m.last, nameAt, type === 'PERSON'));
    }
    for (const p of pronounsOf.get(k) ?? []) {
      const t = article.tokens[p.token]!;
      mentions.push({ ...makeSpan(article.text, t.start, t.end), kind: 'pronoun' });
      entityAtToken[p.token] = id;
    }
    mentions.sort((a, b) => a.start - b.start);
    const subtype = c.mentions.find((m) => m.type === type && m.subtype)?.subtype;
    const entity: Entity = { id, type, name: clusterName(article, c), mentions, roles: dedupe(roles) };
    if (subtype) entity.subtype = subtype;
    entities.push(entity);
    const g = genders[k];
    if (g) gender.set(id, g);
  }
  return { entities, entityAtToken, insideQuote, gender, byId: new Map(entities.map((e) => [e.id, e])), nameRangeAt };
}

/** Job titles in "-man" that style guides once gave women too. */
const MAN_TITLES: ReadonlySet<string> = new Set(['spokesman', 'chairman', 'congressman', 'assemblyman', 'councilman', 'alderman']);

/** A person's gender from a first name, an honorific, a gendered title or a kin noun before a mention. */
function genderOf(article: ArticleContext, c: Cluster): Gender {
  const g = gazetteer();
  // A kin noun speaks for the cluster's own person only: one surname may gather a family ("his
  // daughter Ivanka Trump" says nothing of Donald Trump). So only before a mention that opens
  // with the first full name's first name, or is its surname alone.
  const full = c.mentions.find((m) => m.last - m.first > 1);
  const ownName = (m: { first: number; last: number }) => {
    if (full === undefined) return true;
    const word = article.tokens[m.first]!.lower;
    // (A one-word mention is the person's own when it is their first name or their surname: not "husband Bill" in Hillary Clinton's.)
    return word === article.tokens[full.first]!.lower || (m.last - m.first === 1 && word === article.tokens[full.last - 1]!.lower);
  };
  let titled: Gender = null;
  for (const m of c.mentions) {
    const before = article.tokens[m.first - 1]?.lower;
    // ("White House spokesman Sarah Sanders": some papers call a woman "spokesman" or "chairman",
    // so such a title yields to a first name.)
    if (before && MAN_TITLES.has(before)) titled ??= 'm';
    else if (before && (MALE_HONORIFICS.has(before) || (MALE_NOUNS.has(before) && ownName(m)))) return 'm';
    if (before && (FEMALE_HONORIFICS.has(before) || (FEMALE_NOUNS.has(before) && ownName(m)))) return 'f';
  }
  for (const m of c.mentions) {
    if (m.last - m.first < 2) continue;
    const gender = firstNameGender(article.tokens[m.first]!.lower);
    if (gender) return gender;
  }
  if (titled) return titled;
  // A person the article only ever names by one word that is a first name and nothing else is
  // named by that first name ("Melanie said", "Kevin was snoring").
  if (c.mentions.every((m) => m.last - m.first === 1)) {
    const classes = g.classesOf(article.tokens[c.mentions[0]!.first]!.lower) ?? [];
    const only = (x: string) => classes.length === 1 && classes[0] === x;
    if (only('male')) return 'm';
    if (only('female')) return 'f';
  }
  return null;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
