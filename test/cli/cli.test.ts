import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidAnalysis, seedArticle } from '../helpers/analysis.js';
import { runCli, startCli } from '../helpers/cli.js';

const seedPath = 'corpus/seed-musk-iran-envoy.txt';
const tmp = mkdtempSync(join(tmpdir(), 'presslens-cli-'));
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

describe('presslens analyze (text input)', () => {
  it('turns the seed article into contract-valid JSON', () => {
    const r = runCli(['analyze', seedPath, '--published-at', '2024-11-14']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const analysis = JSON.parse(r.stdout);
    expectValidAnalysis(seedArticle().text, analysis);
    expect(analysis.publishedAt).toBe('2024-11-14');
  });

  it('reads stdin when no file is given, and an empty stdin is not an error', () => {
    const r = runCli(['analyze'], 'He said "yes."');
    expect(r.code).toBe(0);
    expectValidAnalysis('He said "yes."', JSON.parse(r.stdout));
    const empty = runCli(['analyze'], '');
    expect(empty.code).toBe(0);
    expectValidAnalysis('', JSON.parse(empty.stdout));
  });

  it('writes JSONL for several files, naming a missing one on stderr and going on', () => {
    const r = runCli(['analyze', seedPath, 'no/such/file.txt', seedPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.txt: no such file/);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].id).toBe(seedPath);
    expect(out[1]).toEqual({ id: 'no/such/file.txt', error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining('no/such/file.txt') } });
    expect(out[2].schemaVersion).toBe(1);
  });

  it('reports a directory, a binary file and invalid UTF-8 by name and exits non-zero', () => {
    const binary = join(tmp, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const latin1 = join(tmp, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('caf\xe9 said "non"', 'latin1'));
    const r = runCli(['analyze', tmp, binary, latin1, seedPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${tmp}: is a directory`);
    expect(r.stderr).toContain(`${binary}: binary file`);
    expect(r.stderr).toContain(`${latin1}: not valid UTF-8`);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.error?.code ?? 'ok')).toEqual(['IS_DIRECTORY', 'BINARY_FILE', 'INVALID_UTF8', 'ok']);
  });

  it('prints a readable report with --format pretty', () => {
    const r = runCli(['analyze', seedPath, '--format', 'pretty', '--published-at', '2024-11-14']);
    expect(r.code).toBe(0);
    for (const heading of ['Quotes', 'Entities', 'Dates', 'Attributions', 'Claims']) expect(r.stdout).toContain(heading);
    expect(r.stdout).not.toContain('\x1b['); // no colour codes when not on a terminal
  });

  it('restricts the output with --include', () => {
    const r = runCli(['analyze', seedPath, '--include', 'dates']);
    expect(JSON.parse(r.stdout).quotes).toEqual([]);
  });
});

describe('presslens analyze --input jsonl', () => {
  it('yields [analysis, error record, analysis] for [good, bad, good] and exits 1', () => {
    const input = ['{"id":"a","text":"One."}', '{not json', '{"id":"c","text":"Three.","publishedAt":"2024-11-14"}'].join('\n');
    const r = runCli(['analyze', '--input', 'jsonl'], input);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'a', schemaVersion: 1 });
    expect(out[1]).toMatchObject({ id: null, error: { code: 'INVALID_JSON' } });
    expect(out[2]).toMatchObject({ id: 'c', publishedAt: '2024-11-14' });
    expect(r.stderr).toContain('stdin:2');
  });

  it('turns a record without text, or with a bad date, into an error record naming the line', () => {
    const input = ['{"id":"x"}', '{"id":"y","text":"A.","publishedAt":"someday"}', '[1,2]'].join('\n');
    const r = runCli(['analyze', '--input', 'jsonl'], input);
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.error.code)).toEqual(['INVALID_RECORD', 'INVALID_PUBLISHED_AT', 'INVALID_RECORD']);
    expect(out.map((o) => o.id)).toEqual(['x', 'y', null]);
    expect(r.stderr).toMatch(/stdin:1: .*text/);
    expect(r.stderr).toMatch(/stdin:2: .*someday/);
  });

  it('uses --published-at for lines that carry no date', () => {
    const r = runCli(['analyze', '--input', 'jsonl', '--published-at', '2020-01-02'], '{"id":"a","text":"Hi."}\n');
    expect(JSON.parse(r.stdout).publishedAt).toBe('2020-01-02');
  });

  it('keeps one output line per input line, in order, over 10,000 lines with some bad ones', () => {
    const input: string[] = [];
    for (let i = 0; i < 10_000; i++) input.push(i % 997 === 0 ? `{"id":"${i}", broken` : JSON.stringify({ id: String(i), text: `Line ${i} said "ok."` }));
    const r = runCli(['analyze', '--input', 'jsonl'], input.join('\n'));
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(10_000);
    out.forEach((o, i) => {
      if (i % 997 === 0) expect(o.error.code).toBe('INVALID_JSON');
      else expect(o.id).toBe(String(i));
    });
  }, 60_000);

  it('streams: the first analysis is written before the input ends', async () => {
    const child = startCli(['analyze', '--input', 'jsonl']);
    child.stdin.write('{"id":"first","text":"Hello."}\n');
    const first = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (d: Buffer) => resolve(d.toString()));
      child.once('error', reject);
    });
    expect(JSON.parse(first.split('\n')[0]!).id).toBe('first');
    child.stdin.end('{"id":"second","text":"Bye."}\n');
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
  }, 20_000);
});

describe('presslens usage', () => {
  it('exits 2 with a short usage on a bad option, value or command', () => {
    for (const args of [['analyze', '--format', 'xml'], ['analyze', '--bogus'], ['summarize'], [], ['analyze', '--include', 'quotes,sentiment'], ['analyze', '--published-at', 'tomorrow']]) {
      const r = runCli(args, '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^presslens: /);
      expect(r.stderr).toContain('Usage: presslens analyze');
      expect(r.stdout).toBe('');
    }
  });

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: presslens analyze');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const { spawnSync } = await import('node:child_process');
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: 'Some text here. '.repeat(20) })).join('\n');
    const file = join(tmp, 'many.jsonl');
    writeFileSync(file, input);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.cjs analyze --input jsonl "${file}" | head -n 1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  }, 30_000);
});
