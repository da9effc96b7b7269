/**
 * Document-level credits: wire datelines ("WASHINGTON (AP) —", "NEW YORK, Nov. 14 (Reuters) -")
 * and credit lines ("Information from the Associated Press was used in this report.",
 * "The Associated Press contributed to this report.").
 */
import type { ArticleContext } from '../context.js';
import type { EntityIndex } from '../entities/index.js';
import { MEDIA_OUTLETS } from '../lexicon/media.js';
import type { Credit } from '../schema/attribution.js';
import { makeSpan } from '../span.js';

const WIRE_CODES: Record<string, string> = { AP: 'Associated Press', UPI: 'United Press International', AFP: 'Agence France-Presse', Reuters: 'Reuters', Bloomberg: 'Bloomberg News', CNN: 'CNN', XINHUA: 'Xinhua' };
const DATELINE = /^([A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,25})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*\(([A-Za-z]{2,12})\)\s*[—–-]+\s*/;
const CREDIT_LINES: RegExp[] = [
  /^Information from (?:the )?(.+?) (?:was|were) used in this (?:report|story|article)\.?$/i,
  /^(?:The )?(.+?) contributed (?:to )?(?:this )?(?:report|reporting|story)(?: to this report)?\.?$/i,
  /^(?:Reporting|Additional reporting) by (.+?)\.?$/i,
  /^This (?:report|story|article) (?:includes|contains) (?:information|material) from (?:the )?(.+?)\.?$/i,
];

function entityFor(entities: EntityIndex | undefined, name: string): string | null {
  if (!entities) return null;
  const lower = name.toLowerCase().replace(/^the /, '');
  const group = MEDIA_OUTLETS.find((g) => g.some((n) => n.toLowerCase().replace(/^the /, '') === lower));
  const match = entities.entities.find((e) => e.name.toLowerCase().replace(/^the /, '') === lower || (group?.some((n) => n.toLowerCase() === e.name.toLowerCase()) ?? false));
  return match?.id ?? null;
}

export function findCredits(article: ArticleContext, entities?: EntityIndex): Credit[] {
  const credits: Credit[] = [];
  const { text } = article;
  const first = article.paragraphs[0];
  if (first) {
    const m = DATELINE.exec(text.slice(first.start, Math.min(first.end, first.start + 120)));
    if (m && m[2] && (WIRE_CODES[m[2]] || /^[A-Z]{2,5}$/.test(m[2]))) {
      const source = WIRE_CODES[m[2]] ?? m[2];
      credits.push({ ...makeSpan(text, first.start, first.start + m[0].trimEnd().length), kind: 'dateline', source, entityId: entityFor(entities, source) });
    }
  }
  for (const p of article.paragraphs.slice(-3)) {
    const line = text.slice(p.start, p.end).trim();
    for (const re of CREDIT_LINES) {
      const m = re.exec(line);
      if (!m || !m[1] || m[1].length > 80) continue;
      const source = m[1].replace(/^the /i, '');
      credits.push({ ...makeSpan(text, p.start, p.end), kind: re === CREDIT_LINES[0] ? 'wire' : 'contributor', source, entityId: entityFor(entities, source) });
      break;
    }
  }
  return credits;
}
