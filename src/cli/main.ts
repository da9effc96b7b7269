import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Analyzer, createAnalyzer } from '../analyze.js';
import { memoryGuard } from './memory.js';
import { PresslensError } from '../errors.js';
import { type AnalyzeOptions, resolvePublishedAt } from '../options.js';
import type { Analysis, ErrorRecord } from '../schema/analysis.js';
import { type CliArgs, type OutputFormat, parseArgs, USAGE, UsageError } from './args.js';
import { decodeText, InputError, readStdin, readTextFile, toInputError, writeOut } from './io.js';
import { readLines } from './lines.js';
import { renderPretty } from './pretty.js';
import { Progress } from './progress.js';

declare const __PRESSLENS_VERSION__: string | undefined;

/** One result to write: an analysis, or an error record in its place. */
type Outcome = { analysis: Analysis; label: string } | { error: ErrorRecord; label: string };

/** Writes outcomes in the chosen format, one at a time, as they come. */
class Writer {
  private count = 0;
  constructor(private readonly format: OutputFormat, private readonly asArray: boolean) {}

  async write(outcome: Outcome): Promise<void> {
    const record = 'analysis' in outcome ? outcome.analysis : outcome.error;
    if (this.format === 'pretty') {
      if ('analysis' in outcome) await writeOut(renderPretty(outcome.analysis, outcome.label, process.stdout.isTTY === true));
    } else if (this.format === 'jsonl') {
      await writeOut(`${JSON.stringify(record)}\n`);
    } else if (this.asArray) {
      await writeOut(`${this.count === 0 ? '[\n' : ',\n'}${JSON.stringify(record, null, 2)}`);
    } else if ('analysis' in outcome) {
      await writeOut(`${JSON.stringify(record, null, 2)}\n`);
    }
    this.count++;
  }

  async end(): Promise<void> {
    if (this.format === 'json' && this.asArray) await writeOut(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

class Run {
  failed = 0;
  private readonly afterArticle = memoryGuard();
  constructor(
    readonly analyzer: Analyzer,
    readonly writer: Writer,
    readonly progress: Progress,
    readonly args: CliArgs,
  ) {}

  /** Reports a failed input on stderr and writes its error record. */
  async fail(id: string | null, label: string, code: string, message: string): Promise<void> {
    this.failed++;
    process.stderr.write(`presslens: ${message}\n`);
    await this.writer.write({ error: { id, error: { code, message } }, label });
    this.progress.tick(true);
  }

  async analyzeText(text: string, id: string | null, label: string, publishedAt: unknown): Promise<void> {
    let analysis: Analysis;
    try {
      const options: AnalyzeOptions = { publishedAt: publishedAt as string | null };
      analysis = this.analyzer.analyze(text, options);
    } catch (error) {
      if (error instanceof PresslensError) return this.fail(id, label, error.code, `${label}: ${error.message.replace(/^presslens: /, '')}`);
      return this.fail(id, label, 'INTERNAL_ERROR', `${label}: internal error (${(error as Error).message}); please report it`);
    }
    await this.writer.write({ analysis: id === null ? analysis : { ...withId(analysis, id) }, label });
    this.progress.tick(false);
    this.afterArticle();
  }
}

function withId(analysis: Analysis, id: string): Analysis {
  const { schemaVersion, ...rest } = analysis;
  return { schemaVersion, id, ...rest };
}

/** One JSONL line: parse, check, analyze; a bad line becomes an error record. */
async function analyzeLine(run: Run, text: string, label: string): Promise<void> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return run.fail(null, label, 'INVALID_JSON', `${label}: invalid JSON (${(error as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return run.fail(null, label, 'INVALID_RECORD', `${label}: each line must be a JSON object with a "text" field`);
  }
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : typeof r.id === 'number' ? String(r.id) : null;
  if (typeof r.text !== 'string') {
    return run.fail(id, label, 'INVALID_RECORD', `${label}: missing "text" string`);
  }
  const publishedAt = r.publishedAt ?? run.args.publishedAt;
  await run.analyzeText(r.text, id, label, publishedAt);
}

async function runJsonl(run: Run, sources: string[]): Promise<void> {
  for (const source of sources) {
    const name = source === '-' ? 'stdin' : source;
    if (source !== '-') {
      try {
        const info = await stat(source);
        if (info.isDirectory()) throw new InputError('IS_DIRECTORY', `${source}: is a directory`);
      } catch (error) {
        const e = toInputError(error, source);
        await run.fail(null, source, e.code, e.message);
        continue;
      }
    }
    const stream = source === '-' ? process.stdin : createReadStream(source);
    try {
      for await (const line of readLines(stream)) {
        const label = `${name}:${line.number}`;
        if (line.text === null) {
          await run.fail(null, label, 'INVALID_UTF8', `${label}: not valid UTF-8`);
          continue;
        }
        if (line.text.trim() === '') continue;
        await analyzeLine(run, line.text, label);
      }
    } catch (error) {
      const e = toInputError(error, source);
      await run.fail(null, source, e.code, e.message);
    }
  }
}

async function runText(run: Run, sources: string[]): Promise<void> {
  for (const source of sources) {
    let text: string;
    try {
      text = source === '-' ? decodeText(await readStdin(), 'stdin') : await readTextFile(source);
    } catch (error) {
      const e = toInputError(error, source);
      await run.fail(source === '-' ? null : source, source, e.code, e.message);
      continue;
    }
    await run.analyzeText(text, source === '-' ? null : source, source === '-' ? 'stdin' : source, run.args.publishedAt);
  }
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  let analyzer: Analyzer;
  try {
    args = parseArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${typeof __PRESSLENS_VERSION__ === 'string' ? __PRESSLENS_VERSION__ : 'dev'}\n`);
      return 0;
    }
    const options: AnalyzeOptions = { timezone: args.timezone };
    if (args.include !== null) options.include = args.include;
    if (args.input === 'text' && args.publishedAt !== null) options.publishedAt = args.publishedAt;
    analyzer = createAnalyzer(options);
    // JSONL lines carry their own dates; --published-at is their default, checked here once.
    if (args.input === 'jsonl') resolvePublishedAt(args.publishedAt);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PresslensError) {
      process.stderr.write(`presslens: ${error.message.replace(/^presslens: /, '')}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const sources = args.files.length === 0 ? ['-'] : args.files;
  const many = args.input === 'jsonl' || sources.length > 1;
  const format: OutputFormat = args.format ?? (many ? 'jsonl' : 'json');
  const writer = new Writer(format, format === 'json' && many);
  const progress = new Progress(process.stderr.isTTY === true && many);
  const run = new Run(analyzer, writer, progress, args);
  if (args.input === 'jsonl') await runJsonl(run, sources);
  else await runText(run, sources);
  await writer.end();
  progress.end();
  return run.failed > 0 ? 1 : 0;
}

// A closed pipe downstream (`presslens ... | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`presslens: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
