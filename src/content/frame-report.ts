/**
 * Tells the background what this frame mentions, once per burst of page changes. Each report
 * replaces the frame's previous one there, so it always carries the whole count.
 */

/** One badge update per burst of page changes is plenty. */
export const REPORT_DEBOUNCE_MS = 500;

export class FrameReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly counts: () => [string, number][],
    private readonly send: (counts: [string, number][]) => void,
    private readonly delay = REPORT_DEBOUNCE_MS,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send(this.counts()), this.delay);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}
