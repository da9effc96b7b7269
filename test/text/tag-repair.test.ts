import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/text/segment.js';

const posOf = (text: string, word: string): string | undefined =>
  buildArticle(text, { publishedAt: null, timezone: null }, () => {}).tokens.find((t) => t.text === word)?.pos;

describe('tag repairs', () => {
  const table: [string, string, string, string][] = [
    ['a noun before an object pronoun is a verb', 'Obama and Clinton call them rogue actors.', 'call', 'VERB'],
    ['an adjective in -ed after a subject pronoun is a verb', 'The bank said little, but it referenced trade frictions.', 'referenced', 'VERB'],
    ['a noun before "US" in capitals stays a noun', 'The bill bars US assistance to the group.', 'bars', 'NOUN'],
    ['an adjective in -ed after a determiner stays an adjective', 'The tired crew went home.', 'tired', 'ADJ'],
  ];
  it.each(table)('%s', (_name, text, word, pos) => {
    expect(posOf(text, word)).toBe(pos);
  });
});
