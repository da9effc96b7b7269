/**
 * What kind of source a phrase names (person, organization, media, document, anonymous,
 * collective, author, unresolved), and for unnamed sources how many, whose, and why unnamed.
 */
import type { ArticleContext } from '../context.js';
import type { EntityIndex } from '../entities/index.js';
import { ANONYMITY_REASONS, ANONYMOUS_NOUNS, COLLECTIVE_NOUNS, DOCUMENT_NOUNS } from '../lexicon/attribution-words.js';
import { NUMBER_WORDS } from '../lexicon/time-words.js';
import type { Source, SourceKind } from '../schema/attribution.js';
import { makeSpan, type Span } from '../span.js';
import { resolveSpeaker } from '../quotes/speaker/resolve.js';
import type { Range } from './spans.js';
import { relativeAntecedent } from '../text/phrases.js';

/** The head word of a phrase: its last word before "of", a comma, a participle ("a poll released Monday") or a possessive. */
function headOf(article: ArticleContext, r: Range, postmodifiers = true): number {
  const { tokens } = article;
  let h = r[1] - 1;
  for (let i = r[0]; i < r[1]; i++) {
    const t = tokens[i]!;
    const afterNoun = i > r[0] && tokens[i - 1]!.pos === 'NOUN';
    const participle = afterNoun && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower);
    // "lobbyists close to President Bush", "officials in Tehran": a postmodifier after a common noun.
    const postmodifier = postmodifiers && afterNoun && ((t.pos === 'ADP' && /^\p{Ll}/u.test(t.text)) || (/^(?:close|near|loyal|linked)$/.test(t.lower) && tokens[i + 1]?.lower === 'to'));
    if (t.lower === 'of' || t.text === ',' || t.text === '(' || t.lower === 'who' || participle || postmodifier) {
      h = i - 1;
      break;
    }
  }
  while (h > r[0] && /^['’]s?$/.test(tokens[h]!.text)) h--;
  return Math.max(h, r[0]);
}

export function describeSource(article: ArticleContext, entities: EntityIndex, written: Range, insideQuote: Int32Array): Source {
  const { tokens } = article;
  const span = makeSpan(article.text, tokens[written[0]]!.start, tokens[written[1] - 1]!.end);
  // "Barkley, who said": the relative pronoun is the source as written; its antecedent says who.
  const r = relativeAntecedent(tokens, article.sentences[tokens[written[0]]!.sentence]!.first, written) ?? written;
  const head = headOf(article, r);
  const headToken = tokens[head]!;
  // The entity the source names is the one at its head ("Iranian" in "two Iranian officials" is an affiliation).
  let entityId: string | null = entities.entityAtToken[head] ?? null;
  if (entityId === null && tokens[head]!.pos === 'PROPN') for (let i = head; i >= r[0] && entityId === null; i--) entityId = entities.entityAtToken[i] ?? null;
  const entity = entityId ? entities.byId.get(entityId) : undefined;
  let kind: SourceKind = 'unresolved';
  let name: string | null = entity?.name ?? null;
  const lower = headToken.lower;
  const words = tokens.slice(r[0], r[1]).map((t) => t.lower);
  if (entity && entities.entityAtToken[head] === entityId) {
    kind = entity.type === 'PERSON' ? 'person' : entity.subtype === 'MEDIA' ? 'media' : entity.type === 'ORGANIZATION' ? 'organization' : entity.type === 'MISC' && entity.subtype === 'NORP' ? 'collective' : 'organization';
  } else if ((lower === 'i' || lower === 'we') && insideQuote[r[0]]! < 0) {
    kind = 'author';
  } else if (lower === 'he' || lower === 'she') {
    kind = entity ? 'person' : 'unresolved';
  } else if (DOCUMENT_NOUNS.has(lower)) {
    kind = 'document';
  } else if (ANONYMOUS_NOUNS.has(lower) && !words.some((w, k) => k < head - r[0] && /^\p{Lu}/u.test(tokens[r[0] + k]!.text) && entities.entityAtToken[r[0] + k] && entities.byId.get(entities.entityAtToken[r[0] + k]!)?.type === 'PERSON')) {
    kind = 'anonymous';
  } else if (COLLECTIVE_NOUNS.has(lower)) {
    kind = 'collective';
  } else if (entity) {
    kind = entity.type === 'PERSON' ? 'person' : entity.subtype === 'MEDIA' ? 'media' : 'organization';
  }
  // "the state-run IRNA news agency": an outlet or organization named inside the description
  if (!entity && kind === 'unresolved') {
    for (let i = r[0]; i < r[1]; i++) {
      const e = entities.byId.get(entities.entityAtToken[i]!);
      if (e && e.type === 'ORGANIZATION') {
        kind = e.subtype === 'MEDIA' ? 'media' : 'organization';
        entityId = e.id;
        name = e.name;
        break;
      }
    }
  }
  if (!entity && entityId === null) {
    // A description: named as the quotes stage names speakers ("The officials" -> "two Iranian officials").
    const quantified = /^(?:one|two|three|four|five|several|some|many|most|few|all|none|each|both)$/.test(headToken.lower);
    const phraseHead = headOf(article, r, false);
    // "lobbyists close to President Bush": the description is the name, not the person after its head.
    const described = !quantified && phraseHead !== head;
    const resolved = described
      ? { name: article.text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end).replace(/^the\s+/i, '').replace(/\s+/g, ' '), entityId: null }
      : resolveSpeaker(article, entities, quantified ? r : [r[0], phraseHead + 1], '');
    name = resolved.name;
    if (resolved.entityId) {
      entityId = resolved.entityId;
      const e = entities.byId.get(resolved.entityId!);
      if (e && (kind === 'unresolved' || kind === 'anonymous')) kind = e.type === 'PERSON' ? 'person' : e.subtype === 'MEDIA' ? 'media' : 'organization';
    }
  }
  let count: number | null = null;
  let affiliation: string | null = null;
  let anonymityReason: Span | null = null;
  if (kind === 'anonymous' || kind === 'collective') {
    for (let i = r[0]; i < head; i++) {
      const t = tokens[i]!;
      const n = /^\d+$/.test(t.text) ? Number(t.text) : t.lower === 'a' || t.lower === 'an' ? 1 : NUMBER_WORDS.get(t.lower);
      if (n !== undefined && count === null && t.lower !== 'half') count = n;
      const id = entities.entityAtToken[i];
      if (id && affiliation === null) affiliation = entities.byId.get(id)?.name ?? t.text;
    }
    if (count === null && /s$/.test(lower) === false && ANONYMOUS_NOUNS.has(lower)) count = 1;
    if (kind === 'anonymous') anonymityReason = reasonFor(article, r);
  }
  return { ...span, kind, entityId, name, count, affiliation, anonymityReason };
}

/** "because they were not authorized to speak publicly", "who spoke on condition of anonymity". */
function reasonFor(article: ArticleContext, r: Range): Span | null {
  const s = article.sentences[article.tokens[r[0]]!.sentence]!;
  const from = s.start;
  const text = article.text.slice(from, s.end);
  for (const re of ANONYMITY_REASONS) {
    const m = re.exec(text);
    if (m) return makeSpan(article.text, from + m.index, from + m.index + m[0].length);
  }
  return null;
}
