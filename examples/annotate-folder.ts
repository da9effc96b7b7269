/**
 * Annotate a folder of .txt articles into JSONL, one Analysis per line, streaming.
 * An optional manifest.jsonl in the folder ({"id","publishedAt"} per line) supplies dates.
 *
 *   node --import tsx examples/annotate-folder.ts corpus > annotations.jsonl
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../src/index.js';

const folder = process.argv[2] ?? 'corpus';
const dates = new Map<string, string>();
const manifest = join(folder, 'manifest.jsonl');
if (existsSync(manifest)) {
  for (const line of readFileSync(manifest, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, publishedAt } = JSON.parse(line) as { id: string; publishedAt?: string };
    if (publishedAt) dates.set(id, publishedAt);
  }
}

const analyzer = createAnalyzer(); // load once, reuse for every article
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
for (const [i, file] of files.entries()) {
  const id = file.replace(/\.txt$/, '');
  const analysis = analyzer.analyze(readFileSync(join(folder, file), 'utf8'), { publishedAt: dates.get(id) ?? null });
  process.stdout.write(`${JSON.stringify({ ...analysis, id })}\n`);
  process.stderr.write(`\r${i + 1}/${files.length} ${id}\x1b[K`);
}
process.stderr.write('\n');
