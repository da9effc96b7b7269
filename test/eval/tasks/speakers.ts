/**
 * Who said each quotation, by name: every quotation in the shared corpus articles, hand-annotated
 * with its kind and the names that count as its speaker. PolNeAR's speaker figure cannot see
 * this: it counts a pronoun that overlaps the gold source as right, whoever it is resolved to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../../src/index.js';
import { MissingDataError } from '../data.js';
import type { TaskOptions, TaskReport } from '../report.js';
import { namesMatch } from './quotes.js';

export interface SpeakerGold {
  article: string;
  start: number;
  end: number;
  /** The first words of the quotation, to see that the offsets still point where they did. */
  opens: string;
  /** null: not judged. */
  kind: 'speech' | 'partial' | 'nonspeech' | null;
  /** Any of these names is right; null: the article names nobody; absent: not judged. */
  speakers?: string[] | null;
}

export const SPEAKER_FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'speakers', 'corpus-quotes.json');

const PRONOUN = /^(?:he|she|it|they|him|her|them|i|we)$/i;
/** Names compared without case, punctuation or a leading article ("The Guardian" = "Guardian"). */
export const normalName = (s: string): string =>
  s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');

export function readSpeakerGold(path = SPEAKER_FIXTURE): SpeakerGold[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { quotes: SpeakerGold[] }).quotes;
}

/** Is the predicted name one of the gold names, exactly (after normalName)? null gold wants no name. */
export function speakerRight(predicted: string | null | undefined, gold: string[] | null): boolean {
  if (gold === null) return !predicted;
  if (!predicted) return false;
  const p = normalName(predicted);
  return gold.some((g) => normalName(g) === p);
}

export function runSpeakers(opts: TaskOptions): TaskReport {
  const corpus = join(opts.data, '..', 'corpus');
  if (!existsSync(join(corpus, 'articles'))) throw new MissingDataError(`corpus folder not found: ${corpus} (it sits beside the benchmarks folder)`);
  const manifest = new Map(
    readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; publishedAt: string }).map((m) => [m.id, m]),
  );
  const gold = readSpeakerGold();
  const articles = [...new Set(gold.map((g) => g.article))];
  const analyzer = createAnalyzer({ include: ['quotes'] });
  let found = 0;
  let spurious = 0;
  let kindJudged = 0;
  let kindRight = 0;
  /** [judged, right] */
  const judged: Record<'all' | 'pronoun' | 'lenient', [number, number]> = { all: [0, 0], pronoun: [0, 0], lenient: [0, 0] };
  const misses: unknown[] = [];
  const byArticle = new Map<string, SpeakerGold[]>();
  for (const g of gold) byArticle.set(g.article, [...(byArticle.get(g.article) ?? []), g]);
  for (const id of articles) {
    const text = readFileSync(join(corpus, 'articles', `${id}.txt`), 'utf8');
    const quotes = analyzer.analyze(text, { publishedAt: manifest.get(id)?.publishedAt ?? null }).quotes;
    const golds = byArticle.get(id)!;
    const at = new Map(quotes.map((q) => [`${q.start}:${q.end}`, q]));
    spurious += quotes.filter((q) => !golds.some((g) => g.start === q.start && g.end === q.end)).length;
    for (const g of golds) {
      if (!text.slice(g.start, g.end).startsWith(g.opens)) throw new Error(`speaker fixture: ${id} ${g.start}-${g.end} no longer opens with "${g.opens}"`);
      const q = at.get(`${g.start}:${g.end}`);
      if (q) found++;
      if (g.kind !== null) {
        kindJudged++;
        if (q?.kind === g.kind) kindRight++;
      }
      if (g.kind === 'nonspeech' || g.speakers === undefined) continue;
      const name = q?.speaker?.name ?? null;
      const ok = speakerRight(name, g.speakers);
      judged.all[0]++;
      if (ok) judged.all[1]++;
      if (q?.speaker?.mention && PRONOUN.test(q.speaker.mention.text)) {
        judged.pronoun[0]++;
        if (ok) judged.pronoun[1]++;
      }
      judged.lenient[0]++;
      if (ok || (g.speakers !== null && g.speakers.some((s) => namesMatch(name, s)))) judged.lenient[1]++;
      if (!ok) misses.push({ article: id, quote: text.slice(g.start, g.end).slice(0, 60), gold: g.speakers, predicted: name, mention: q?.speaker?.mention?.text ?? null });
    }
  }
  const pct = ([n, right]: [number, number]) => (n ? (100 * right) / n : null);
  return {
    task: 'speakers',
    title: 'Speakers by name: every quotation in the shared corpus articles, hand-annotated',
    data: `${SPEAKER_FIXTURE} over ${corpus} (${articles.length} articles with quotations, ${gold.length} quotations)`,
    columns: ['found', 'kind acc', 'name acc', 'pronoun acc', 'lenient acc'],
    rows: [{
      system: 'presslens',
      values: { found: (100 * found) / gold.length, 'kind acc': pct([kindJudged, kindRight]), 'name acc': pct(judged.all), 'pronoun acc': pct(judged.pronoun), 'lenient acc': pct(judged.lenient) },
    }],
    notes: [
      `found: quotations whose span we give exactly (${found}/${gold.length}); ${spurious} of ours are not in the gold`,
      `kind acc over ${kindJudged} quotations whose kind was judged (nonspeech included)`,
      `name acc over ${judged.all[0]} speech and partial quotations: speaker.name equals one of the gold names (case, punctuation and a leading "the" aside)`,
      `pronoun acc over the ${judged.pronoun[0]} of them whose mention is a pronoun ("he said")`,
      'lenient acc also counts a name contained in a gold name or the reverse, as the PolNeAR speaker figure does',
    ],
    details: { misses },
  };
}
