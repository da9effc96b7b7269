import type { Analysis } from '../schema/analysis.js';

/** Styles text for a terminal; plain when colour is off. */
function styler(color: boolean) {
  const wrap = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), cyan: wrap('36'), yellow: wrap('33'), green: wrap('32'), magenta: wrap('35') };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a person wants to read of an analysis: quotes with speakers, entities, dates, sources, claims. */
export function renderPretty(a: Analysis, label: string, color: boolean): string {
  const st = styler(color && !process.env.NO_COLOR);
  const out: string[] = [];
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  out.push(st.bold(`${label}`) + st.dim(a.publishedAt ? `  published ${a.publishedAt}` : '  no publication date'));

  out.push('', st.bold(`Quotes (${a.quotes.length})`));
  for (const q of a.quotes) {
    const who = q.speaker?.name ?? st.dim('unattributed');
    const via = q.speaker?.mention && q.speaker.mention.text !== q.speaker.name ? st.dim(` (“${oneLine(q.speaker.mention.text)}”)`) : '';
    const cue = q.cue ? st.dim(` ${q.cue.text}`) : '';
    out.push(`  ${st.cyan(`“${clip(oneLine(q.text), 100)}”`)}  ${st.dim(q.kind)}`);
    if (q.kind !== 'nonspeech') out.push(`      — ${st.bold(who)}${via}${cue}`);
  }

  out.push('', st.bold(`Entities (${a.entities.length})`));
  for (const e of a.entities) {
    const type = e.subtype ? `${e.type}/${e.subtype}` : e.type;
    const roles = e.roles.length > 0 ? st.dim(`  ${[...new Set(e.roles.map((r) => oneLine(r.text)))].join('; ')}`) : '';
    out.push(`  ${st.yellow(type.padEnd(20))} ${e.name} ${st.dim(`×${e.mentions.length}`)}${roles}`);
  }

  out.push('', st.bold(`Dates (${a.dates.length})`));
  for (const d of a.dates) {
    out.push(`  ${st.green(d.value.padEnd(16))} ${oneLine(d.text)} ${st.dim(d.type)}`);
  }

  out.push('', st.bold(`Attributions (${a.attributions.length})`));
  for (const at of a.attributions) {
    const src = at.source ? `${at.source.name ?? oneLine(at.source.text)} ${st.dim(`[${at.source.kind}]`)}` : st.dim('(no source)');
    const cue = at.cue ? ` ${st.magenta(oneLine(at.cue.text))}` : '';
    out.push(`  ${src}${cue}: ${clip(oneLine(at.content.text), 110)} ${st.dim(at.form)}`);
  }
  for (const c of a.credits) out.push(`  ${st.dim('credit')} ${c.source} ${st.dim(`(${c.kind})`)}`);

  out.push('', st.bold(`Claims (${a.claims.length})`));
  for (const c of a.claims) {
    const by = c.attributionId === null ? 'article' : sourceOf(a, c.attributionId, entityName);
    out.push(`  ${c.checkworthiness.toFixed(2)} ${st.dim(`${c.type}, ${c.commitment}, by ${by}`)}  ${clip(oneLine(c.text), 110)}`);
  }

  if (a.warnings.length > 0) {
    out.push('', st.bold(`Warnings (${a.warnings.length})`));
    for (const w of a.warnings) out.push(`  ${w.code}: ${w.message}`);
  }
  return `${out.join('\n')}\n\n`;
}

function sourceOf(a: Analysis, attributionId: string, names: Map<string, string>): string {
  const at = a.attributions.find((x) => x.id === attributionId);
  if (!at?.source) return 'unnamed source';
  return (at.source.entityId ? names.get(at.source.entityId) : undefined) ?? at.source.name ?? oneLine(at.source.text);
}
