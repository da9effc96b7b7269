import { RECORD_KINDS, type RecordKind } from '../schema/analysis.js';

export type OutputFormat = 'json' | 'jsonl' | 'pretty';

export interface CliArgs {
  command: 'analyze' | 'help' | 'version';
  files: string[];
  input: 'text' | 'jsonl';
  format: OutputFormat | null;
  publishedAt: string | null;
  timezone: string | null;
  include: RecordKind[] | null;
}

export const USAGE = `Usage: presslens analyze [FILE ...] [options]

Reads news articles and writes their analysis as JSON: quotes with speakers, entities,
dates, source attributions and claims. FILE is a .txt article, or with --input jsonl a
file of {"id","text","publishedAt"?} lines; "-" or no FILE reads stdin.

Options:
  --published-at DATE     publication date (YYYY-MM-DD or ISO date-time), the anchor for
                          relative dates; for JSONL, the default for lines without one
  --input text|jsonl      input format (default: text)
  --format json|jsonl|pretty
                          output format (default: json for one document, jsonl for many
                          and for JSONL input; pretty is for people)
  --include KINDS         comma-separated subset of: ${RECORD_KINDS.join(',')}
  --timezone TZ           IANA time zone or UTC offset for date-time publishedAt values
  -h, --help              show this text
  -v, --version           print the version

Exit codes: 0 all inputs analyzed, 1 some input failed (each named on stderr),
2 usage error.`;

/** A command line that cannot be run; main prints the message and the usage and exits 2. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'pretty'];

/** Parses argv (without node and the script path). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'analyze', files: [], input: 'text', format: null, publishedAt: null, timezone: null, include: null };
  let sawCommand = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (!sawCommand) {
        if (arg !== 'analyze') throw new UsageError(`unknown command (${JSON.stringify(arg)}); the command is "analyze"`);
        sawCommand = true;
      } else {
        args.files.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { ...args, command: 'help' };
    if (arg === '-v' || arg === '--version') return { ...args, command: 'version' };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '--published-at':
        args.publishedAt = value();
        break;
      case '--timezone':
        args.timezone = value();
        break;
      case '--input': {
        const v = value();
        if (v !== 'text' && v !== 'jsonl') throw new UsageError(`--input must be text or jsonl (${JSON.stringify(v)})`);
        args.input = v;
        break;
      }
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be json, jsonl or pretty (${JSON.stringify(v)})`);
        args.format = v as OutputFormat;
        break;
      }
      case '--include': {
        const kinds = value().split(',').map((s) => s.trim()).filter((s) => s !== '');
        for (const k of kinds) {
          if (!(RECORD_KINDS as readonly string[]).includes(k)) {
            throw new UsageError(`unknown record kind in --include (${JSON.stringify(k)}); choose from ${RECORD_KINDS.join(', ')}`);
          }
        }
        args.include = kinds as RecordKind[];
        break;
      }
      default:
        throw new UsageError(`unknown option (${JSON.stringify(arg)})`);
    }
  }
  if (!sawCommand) throw new UsageError('missing command; the command is "analyze"');
  return args;
}
