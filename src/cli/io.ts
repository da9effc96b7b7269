import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';

/** Writes to stdout respecting back-pressure, so memory stays flat on long streams. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** A file that could not be read as text, with a code and a message naming it. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that, in the first 8 KB, mark a file as binary rather than text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes strict UTF-8 text, naming `label` in the error. */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (looksBinary(bytes)) throw new InputError('BINARY_FILE', `${label}: binary file, not text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('INVALID_UTF8', `${label}: not valid UTF-8 text`);
  }
}

/** Reads a whole text file, turning file-system failures into messages that name the file. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('IS_DIRECTORY', `${path}: is a directory`);
    bytes = await readFile(path);
  } catch (error) {
    throw toInputError(error, path);
  }
  return decodeText(bytes, path);
}

/** Reads all of stdin. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function toInputError(error: unknown, path: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new InputError('FILE_NOT_FOUND', `${path}: no such file`);
  if (code === 'EISDIR') return new InputError('IS_DIRECTORY', `${path}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('PERMISSION_DENIED', `${path}: permission denied`);
  return new InputError('READ_ERROR', `${path}: cannot be read (${(error as Error).message ?? String(error)})`);
}
