/**
 * The claims stage: each claim unit typed, qualified by its hedges and quantities, tied to the
 * attribution that reports it, and scored for checkworthiness by a logistic model trained on
 * ClaimBuster (test/train/claims.ts).
 */
import type { ArticleContext, Token } from '../context.js';
import type { DateMention } from '../schema/date.js';
import type { AttributionIndex } from '../attributions/index.js';
import type { EntityIndex } from '../entities/index.js';
import {
  CAUSAL_WORDS, FIRST_PERSON, NEGATIONS, PREDICTION_WORDS, QUANTITY_WORDS, RULE_WORDS, WEASEL_SUBJECTS, WEASEL_VERBS,
} from '../lexicon/claim-words.js';
import type { Attribution } from '../schema/attribution.js';
import { BinaryScorer, type PackedBinaryModel } from '../model/linear.js';
import type { Claim, ClaimType, Commitment, Hedge } from '../schema/claim.js';
import { makeSpan } from '../span.js';
import { type ClaimFacts, claimFeatures } from './features.js';
import { findHedges, type HedgeDraft } from './hedges.js';
import model from './model.json';
import { findQuantities, quantitiesIn } from './quantities.js';
import { findUnits, rangeOf, tokenAt, type Unit } from './units.js';
import { firstNotBefore } from '../text/bisect.js';

export interface ClaimIndex {
  claims: Claim[];
  /** The model's features for each claim, in the same order (read by the training script). */
  features: string[][];
}

let scorer: BinaryScorer | undefined;

export function findClaims(
  article: ArticleContext,
  earlier: { entities?: EntityIndex; dates?: { dates: DateMention[] }; attributions?: AttributionIndex },
): ClaimIndex {
  scorer ??= new BinaryScorer(model as PackedBinaryModel);
  const { tokens, text } = article;
  const n = tokens.length;
  const attributions = earlier.attributions?.attributions ?? [];
  const byId = new Map(attributions.map((a) => [a.id, a]));

  // Token maps of what earlier stages found.
  const dateType: (string | undefined)[] = new Array(n);
  const calendar = new Uint8Array(n);
  for (const d of earlier.dates?.dates ?? []) {
    const [a, b] = rangeOf(tokens, d);
    for (let i = a; i < b; i++) {
      dateType[i] = d.type;
      if (d.type !== 'DURATION') calendar[i] = 1;
    }
  }
  const entityType: (string | undefined)[] = new Array(n);
  const entities = earlier.entities;
  if (entities) {
    for (let i = 0; i < n; i++) {
      if (!entities.nameRangeAt[i]) continue;
      entityType[i] = entities.byId.get(entities.entityAtToken[i]!)?.type;
      // Numbers inside names ("Group of 20", "Apollo 11") are not quantities.
      calendar[i] = 1;
    }
  }

  const quantities = findQuantities(article, calendar);
  const hedges = findHedges(article, quantities);
  const units = findUnits(article, attributions, earlier.attributions?.credits ?? []);
  const claims: Claim[] = [];
  const features: string[][] = [];
  units.forEach((u) => {
    const own = ownTokens(u);
    const unitHedges = within(hedges, u.first, u.last).filter((h) => own(h.first));
    const owner = u.owner ? byId.get(u.owner) : undefined;
    // "Some say [the tax will raise prices]": a vague source saying it is a weasel hedge on what it says.
    const weasel = owner ? weaselFrame(tokens, owner) : null;
    if (weasel) unitHedges.unshift(weasel);
    const unitQuantities = quantitiesIn(article, within(quantities, u.first, u.last).filter((q) => own(q.first)), u.first, u.last);
    const type = claimType(tokens, u, own, unitQuantities.length > 0);
    const commitment = commitmentOf(tokens, u, own, owner !== undefined, unitHedges.map((h) => h.kind));
    const facts: ClaimFacts = {
      tokens,
      // A relative clause is read with the noun phrase it describes: "[Iran's nuclear program] — which ...".
      first: u.antecedent,
      last: u.last,
      entityType: (i) => entityType[i],
      dateType: (i) => dateType[i],
      quantities: unitQuantities,
      hedges: unitHedges.map((h) => h.kind),
      type,
      commitment,
      owner: owner === undefined ? 'self' : owner.source === null ? 'evidential' : 'source',
      sourceKind: owner?.source?.kind ?? null,
      relative: u.relative,
    };
    const f = claimFeatures(facts);
    features.push(f);
    const hedgeSpans: Hedge[] = unitHedges.map((h) => ({ ...makeSpan(text, tokens[h.first]!.start, tokens[h.last - 1]!.end), kind: h.kind }));
    claims.push({
      id: '',
      ...makeSpan(text, tokens[u.first]!.start, tokens[u.last - 1]!.end),
      attributionId: u.owner,
      checkworthiness: round(scorer!.probability(f)),
      type,
      commitment,
      hedges: hedgeSpans,
      quantities: unitQuantities,
    });
  });
  claims.forEach((c, k) => (c.id = `c${k + 1}`));
  return { claims, features };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The items of a list sorted by `first` that lie inside [first, last), found by bisection. */
function within<T extends { first: number; last: number }>(list: readonly T[], first: number, last: number): T[] {
  const lo = firstNotBefore(list.length, (k) => list[k]!.first < first);
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k]!.first < last; k++) if (list[k]!.last <= last) out.push(list[k]!);
  return out;
}

/** The "some say" of an attribution whose source is a vague crowd and whose cue is a verb of saying or believing. */
function weaselFrame(tokens: readonly Token[], a: Attribution): HedgeDraft | null {
  if (!a.source || !a.cue || a.source.end > a.cue.start) return null;
  const first = tokenAt(tokens, a.source.start);
  const cueFirst = tokenAt(tokens, a.cue.start);
  const last = tokenAt(tokens, a.cue.end);
  const head = tokens[first]!.lower;
  if (!WEASEL_SUBJECTS.has(head) || cueFirst - first > 2 || !WEASEL_VERBS.has(tokens[last - 1]!.lower)) return null;
  return { first, last, kind: 'weasel' };
}

/** A predicate for the unit's own tokens: those outside the relative clauses that are claims of their own. */
function ownTokens(u: Unit): (i: number) => boolean {
  return (i) => i >= u.first && i < u.last && !u.nested.some(([a, b]) => i >= a && i < b);
}

/** Full Fact's claim types, the most specific first. */
function claimType(tokens: readonly Token[], u: Unit, own: (i: number) => boolean, hasQuantity: boolean): ClaimType {
  let quantity = hasQuantity;
  let prediction = false;
  let causal = false;
  let rule = false;
  let firstPerson = false;
  for (let i = u.first; i < u.last; i++) {
    if (!own(i)) continue;
    const w = tokens[i]!.lower;
    // "grew up", "rose to power" are not changes in amount.
    if (QUANTITY_WORDS.has(w) && !(tokens[i + 1]?.lower === 'up' && w.startsWith('gr')) && !(w === 'rose' && tokens[i + 2]?.lower === 'power')) quantity = true;
    if (PREDICTION_WORDS.has(w) || (w === 'going' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB')) prediction = true;
    if (CAUSAL_WORDS.has(w)) {
      // "led" and "due" only in their causal frames: "led to", "due to".
      if ((w !== 'led' && w !== 'leads' && w !== 'due' && w !== 'owing' && w !== 'thanks' && w !== 'result' && w !== 'results') || tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'of') causal = true;
    }
    if (RULE_WORDS.has(w)) rule = true;
    if (FIRST_PERSON.has(w)) firstPerson = true;
  }
  if (quantity) return 'quantity';
  if (prediction) return 'prediction';
  if (causal) return 'causal';
  if (rule) return 'rule';
  if (firstPerson) return 'personal_experience';
  return 'other';
}

function commitmentOf(tokens: readonly Token[], u: Unit, own: (i: number) => boolean, reported: boolean, hedges: readonly string[]): Commitment {
  if (reported || hedges.includes('evidential')) return 'reported';
  for (let i = u.first; i < u.last; i++) if (own(i) && NEGATIONS.has(tokens[i]!.lower)) return 'negated';
  return hedges.length > 0 ? 'hedged' : 'asserted';
}
