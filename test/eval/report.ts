/** One table of figures, as printed and as written to JSON. */
export interface TaskReport {
  task: string;
  title: string;
  data: string;
  columns: string[];
  rows: { system: string; values: Record<string, number | string | null> }[];
  notes: string[];
  details?: Record<string, unknown>;
}

export interface TaskOptions {
  data: string;
  split: 'dev' | 'train';
  limit: number | null;
  peers: boolean;
}

const fmt = (v: number | string | null): string => (v === null ? '-' : typeof v === 'number' ? (Number.isInteger(v) && Math.abs(v) >= 1000 ? String(v) : v.toFixed(v < 1 && v > 0 && !Number.isInteger(v) ? 3 : 1)) : v);

/** Renders a report as a plain-text table. */
export function renderReport(r: TaskReport): string {
  const header = ['system', ...r.columns];
  const body = r.rows.map((row) => [row.system, ...r.columns.map((c) => fmt(row.values[c] ?? null))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [`${r.title}`, `data: ${r.data}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  for (const n of r.notes) out.push(`  note: ${n}`);
  return `${out.join('\n')}\n`;
}
