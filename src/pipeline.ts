/**
 * The stages of an analysis, in the order they run. Segmentation (`buildArticle`) builds the
 * article model first; each stage below is a pure function of that model and of the results
 * of the stages listed before it, and never reaches into a later one.
 *
 *   segment -> entities -> dates -> quotes -> attributions -> claims
 *
 * Adding a stage is one entry here and one field in `StageResults`.
 */
import type { ArticleContext } from './context.js';
import { type AttributionIndex, findAttributions } from './attributions/index.js';
import { findDates } from './dates/index.js';
import { emptyEntityIndex, type EntityIndex, findEntities } from './entities/index.js';
import { type ClaimIndex, findClaims } from './claims/index.js';
import { findQuotes, type QuoteIndex } from './quotes/index.js';
import type { DateMention } from './schema/date.js';

/** What each stage produces. */
export interface StageResults {
  entities: EntityIndex;
  dates: { dates: DateMention[] };
  quotes: QuoteIndex;
  attributions: AttributionIndex;
  claims: ClaimIndex;
}

export type StageName = keyof StageResults;

export interface Stage<K extends StageName = StageName> {
  readonly name: K;
  /** Stages whose results this one reads; they run first even when not included in the output. */
  readonly needs: readonly StageName[];
  readonly run: (article: ArticleContext, earlier: Readonly<Partial<StageResults>>) => StageResults[K];
  /** What the stage yields when it fails, so later stages and the output still have a shape. */
  readonly empty: (article: ArticleContext) => StageResults[K];
}

function stage<K extends StageName>(s: Stage<K>): Stage<K> {
  return s;
}

export const STAGES: readonly Stage[] = [
  stage({ name: 'entities', needs: [], run: findEntities, empty: emptyEntityIndex }),
  stage({ name: 'dates', needs: ['entities'], run: findDates, empty: () => ({ dates: [] }) }),
  stage({ name: 'quotes', needs: ['entities'], run: findQuotes, empty: () => ({ quotes: [], drafts: [] }) }),
  stage({ name: 'attributions', needs: ['entities', 'quotes'], run: findAttributions, empty: () => ({ attributions: [], credits: [], quoteAttribution: new Map(), quoteSpeakers: new Map(), kindOverrides: new Map() }) }),
  stage({ name: 'claims', needs: ['entities', 'dates', 'attributions'], run: findClaims, empty: () => ({ claims: [], features: [] }) }),
];

/** The stages to run for the requested record kinds: those kinds and everything they need. */
export function stagesFor(wanted: ReadonlySet<StageName>): Stage[] {
  const needed = new Set<StageName>(wanted);
  // A quote's attribution id, and its speaker where the quote stage found none, come from the
  // attributions stage: quotes are only complete once it has run.
  if (needed.has('quotes')) needed.add('attributions');
  for (let i = STAGES.length - 1; i >= 0; i--) {
    const s = STAGES[i]!;
    if (needed.has(s.name)) for (const n of s.needs) needed.add(n);
  }
  return STAGES.filter((s) => needed.has(s.name));
}
