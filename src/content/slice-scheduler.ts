/**
 * When the page's reading runs: in slices the browser fits around the page's own work.
 * Background-priority tasks run only when the page has nothing more urgent (input, rendering, its
 * own scripts) but, unlike idle callbacks, do not wait for the end of a frame, so a long page is
 * read without gaps. Browsers without them get idle callbacks.
 */

/** A background task still waiting after this long runs from a timer instead. */
const STARVED_MS = 1000;
/** An idle callback waits at most this long. */
const IDLE_TIMEOUT_MS = 500;

/** The Prioritized Task Scheduling API, where the browser has it (not yet in TypeScript's DOM types). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** One slice of work; `deadline` is null in a background task, which has no idle period. */
export type Slice = (deadline: IdleDeadline | null) => void;

export class SliceScheduler {
  private scheduled = false;
  /** Which scheduled slice is current: the background task and its fallback timer run it once. */
  private generation = 0;
  private cancelled = false;

  constructor(
    private readonly slice: Slice,
    private readonly env: { scheduler?: TaskScheduler; requestIdleCallback?: typeof requestIdleCallback } = globalThis as never,
  ) {}

  /** Runs the slice soon, once, however often this is called before it runs. */
  schedule(): void {
    if (this.scheduled || this.cancelled) return;
    this.scheduled = true;
    const generation = ++this.generation;
    const scheduler = this.env.scheduler;
    if (scheduler?.postTask) {
      // A page that never rests would starve background tasks: a timer runs the slice anyway.
      const run = () => {
        if (generation !== this.generation || !this.scheduled) return;
        clearTimeout(timer);
        this.run(null);
      };
      const timer = setTimeout(run, STARVED_MS);
      void scheduler.postTask(run, { priority: 'background' }).catch(() => undefined);
      return;
    }
    const idle =
      this.env.requestIdleCallback?.bind(globalThis) ??
      ((cb: IdleRequestCallback) => setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 8 }), 1));
    idle(
      (deadline) => {
        if (generation === this.generation && this.scheduled) this.run(deadline);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  /** No slice runs after this. */
  cancel(): void {
    this.cancelled = true;
    this.scheduled = false;
  }

  private run(deadline: IdleDeadline | null): void {
    this.scheduled = false;
    if (!this.cancelled) this.slice(deadline);
  }
}
