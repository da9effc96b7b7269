import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fragmented {
  fragments: { start: number; end: number }[];
  text: string;
}
export interface PolnearDoc {
  id: string;
  publishedAt: string;
  text: string;
  attributions: { id: string; has_source: boolean; source: Fragmented | null; cue: Fragmented | null; content: Fragmented[] }[];
}
export interface ConllDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; text: string; type: 'PER' | 'ORG' | 'LOC' | 'MISC' }[];
}
export interface TimebankDoc {
  id: string;
  dct: string;
  text: string;
  timexes: { start: number; end: number; text: string; type: string; value: string }[];
}
export interface ClaimbusterSentence {
  id: string;
  text: string;
  check_worthy: boolean;
}
export interface CheckthatDoc {
  id: string;
  text: string;
  sentences: { start: number; end: number; speaker: string; check_worthy: boolean }[];
}

/** Thrown when the benchmark folder or a file in it is missing. */
export class MissingDataError extends Error {}

export function readJsonl<T>(dir: string, file: string): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new MissingDataError(`benchmark file not found: ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** The envelope of a gold annotation's fragments. */
export function envelope(f: Fragmented): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const x of f.fragments) {
    start = Math.min(start, x.start);
    end = Math.max(end, x.end);
  }
  return { start, end };
}
