import type { OutStream } from "./io.js";

const REDRAW_MS = 100;

/**
 * Progress of a batch on standard error: a bar redrawn in place on a terminal, nothing
 * otherwise (per-deal lines go to standard output there), nothing at all with --quiet.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private drawnAt = 0;
  private readonly started = process.hrtime.bigint();
  private readonly live: boolean;

  constructor(
    private readonly total: number,
    quiet: boolean,
    private readonly stream: OutStream = process.stderr,
  ) {
    this.live = !quiet && stream.isTTY === true && total > 1;
  }

  /** Print a message above the bar. */
  say(text: string): void {
    if (this.live) this.stream.write("\r\u001b[K");
    this.stream.write(text.endsWith("\n") ? text : `${text}\n`);
    this.draw();
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    // a terminal redrawn for each of a thousand deals a second costs more than the deals
    const now = Date.now();
    if (this.done < this.total && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.draw();
  }

  seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  finish(): void {
    if (this.live) this.stream.write("\r\u001b[K");
  }

  private draw(): void {
    if (!this.live) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const rate = this.done / Math.max(this.seconds(), 1e-3);
    this.stream.write(
      `\r\u001b[K[${"=".repeat(filled)}${" ".repeat(width - filled)}] ${this.done}/${this.total}` +
        `${this.failed ? `  ${this.failed} failed` : ""}  ${rate.toFixed(1)} deals/s`,
    );
  }
}
