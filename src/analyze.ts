import { describeValue, PresslensError } from './errors.js';
import { type AnalyzeOptions, resolveOptions, type ResolvedOptions } from './options.js';
import type { AttributionIndex } from './attributions/index.js';
import { type StageName, type StageResults, stagesFor } from './pipeline.js';
import { speakersFromBodyRepeats } from './quotes/index.js';
import { type Analysis, SCHEMA_VERSION } from './schema/analysis.js';
import type { Quote } from './schema/quote.js';
import type { Warning } from './schema/span.js';
import { buildArticle } from './text/segment.js';

/** A reusable analyzer: options are checked once and heavy resources load on first use. */
export interface Analyzer {
  /** Analyzes one article; `options` override the analyzer's own for this call. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** Milliseconds spent per stage, filled when asked for (benchmarks). */
export type StageTimings = Partial<Record<'segment' | StageName, number>>;

/**
 * Creates a reusable analyzer. Use one analyzer for many articles: the wink model and the
 * lexicons load once, on the first call.
 *
 * @example
 * const analyzer = createAnalyzer({ include: ['quotes', 'entities'] })
 * for (const { text, date } of articles) {
 *   const { quotes } = analyzer.analyze(text, { publishedAt: date })
 * }
 */
export function createAnalyzer(options?: AnalyzeOptions): Analyzer {
  const base = resolveOptions(options);
  return {
    analyze(text: string, callOptions?: AnalyzeOptions): Analysis {
      return runAnalysis(text, callOptions === undefined ? base : resolveOptions(callOptions, base));
    },
  };
}

/**
 * Reads one news article and returns its quotes with speakers, entities, dates, source
 * attributions and claims, all with exact offsets into `text`.
 *
 * @example
 * import { analyze } from 'presslens'
 * const result = analyze(articleText, { publishedAt: '2024-11-14' })
 * for (const q of result.quotes) console.log(q.speaker?.name, '-', q.text)
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  return runAnalysis(text, resolveOptions(options));
}

/** Runs the pipeline; `timings`, when given, receives milliseconds per stage. */
export function runAnalysis(text: string, options: ResolvedOptions, timings?: StageTimings): Analysis {
  if (typeof text !== 'string') {
    throw new PresslensError('INVALID_TEXT', `text must be a string (${describeValue(text)})`);
  }
  const warnings: Warning[] = [];
  const warn = (w: Warning): void => {
    warnings.push(w);
  };
  let t0 = timings ? performance.now() : 0;
  const article = buildArticle(text, options, warn);
  if (timings) {
    const t1 = performance.now();
    timings.segment = (timings.segment ?? 0) + t1 - t0;
    t0 = t1;
  }
  const results: Partial<StageResults> = {};
  for (const stage of stagesFor(options.include)) {
    let output: unknown;
    try {
      output = stage.run(article, results);
    } catch (error) {
      // A defect in one stage must not cost a pipeline the whole article: report it, go on.
      warn({
        code: 'STAGE_FAILED',
        message: `presslens: the ${stage.name} stage failed (${(error as Error)?.message ?? String(error)}); its records are missing. Please report this with the article.`,
      });
      output = stage.empty(article);
    }
    (results as Record<string, unknown>)[stage.name] = output;
    if (timings) {
      const t1 = performance.now();
      timings[stage.name] = (timings[stage.name] ?? 0) + t1 - t0;
      t0 = t1;
    }
  }
  const wanted = options.include;
  return {
    schemaVersion: SCHEMA_VERSION,
    publishedAt: options.publishedAt,
    entities: wanted.has('entities') ? (results.entities?.entities ?? []) : [],
    quotes: wanted.has('quotes') ? speakersFromBodyRepeats(article, withAttributions(results.quotes?.quotes ?? [], results.attributions)) : [],
    dates: wanted.has('dates') ? (results.dates?.dates ?? []) : [],
    attributions: wanted.has('attributions') ? (results.attributions?.attributions ?? []) : [],
    claims: wanted.has('claims') ? (results.claims?.claims ?? []) : [],
    credits: wanted.has('attributions') ? (results.attributions?.credits ?? []) : [],
    warnings,
  };
}

/**
 * Quotes with the id of the attribution that reports them, once both stages have run, and the
 * attribution's source as speaker where the quote stage found none.
 */
function withAttributions(quotes: Quote[], attributions: AttributionIndex | undefined): Quote[] {
  if (!attributions || (attributions.quoteAttribution.size === 0 && attributions.kindOverrides.size === 0)) return quotes;
  const byId = new Map(attributions.attributions.map((a) => [a.id, a]));
  return quotes.map((q) => {
    const kind = attributions.kindOverrides.get(q.id) ?? q.kind;
    const id = attributions.quoteAttribution.get(q.id);
    if (!id) return kind === q.kind ? q : { ...q, kind };
    const filled = attributions.quoteSpeakers.get(q.id);
    if (!filled) return { ...q, kind, attributionId: id };
    const cue = byId.get(id)?.cue ?? q.cue;
    return { ...q, kind, attributionId: id, speaker: filled, cue };
  });
}
