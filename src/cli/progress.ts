/** A one-line progress report on stderr, shown only when stderr is a terminal and a run lasts. */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 250) return;
    this.lastDraw = now;
    const rate = (this.done / ((now - this.started) / 1000)).toFixed(0);
    const failures = this.failed > 0 ? `, ${this.failed} failed` : '';
    process.stderr.write(`\rpresslens: ${this.done.toLocaleString('en-US')} articles${failures}, ${rate}/s\x1b[K`);
    this.drawn = true;
  }

  end(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
  }
}
