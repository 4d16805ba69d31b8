/**
 * Worker threads that clean pages in parallel. A page that takes too long, or
 * crashes its worker, becomes an error; the worker is replaced and the run goes on.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Rendered } from './render-record.js';
import type { WorkerInit, WorkerJob } from './worker.js';

/** How a page ended in the pool. */
export type Outcome =
  | { readonly kind: 'result'; readonly rendered: Rendered }
  | { readonly kind: 'failure'; readonly code: 'E_TIMEOUT' | 'E_CRASH'; readonly message: string };

interface Task {
  readonly job: WorkerJob;
  readonly resolve: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the worker, oldest first; the worker runs them in this order, the first one now. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  ready: Promise<void>;
}

/**
 * How many pages each worker holds at once: the next page is already waiting
 * when one finishes, so a worker never idles during the round trip to the
 * main thread.
 */
const DEPTH = 2;

/** A fixed number of workers, each cleaning one page at a time. */
export class Pool {
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  readonly #url: URL;
  readonly #init: WorkerInit;
  readonly #timeout: number;
  readonly #execArgv: string[];
  #seq = 0;
  #closed = false;

  /**
   * @param size - Number of workers.
   * @param url - The worker script.
   * @param init - Options every worker builds its extractor with.
   * @param timeout - Per-page limit in milliseconds.
   * @param execArgv - Node options for the workers (e.g. a TypeScript loader in development).
   */
  constructor(size: number, url: URL, init: WorkerInit, timeout: number, execArgv: string[] = []) {
    this.#url = url;
    this.#init = init;
    this.#timeout = timeout;
    this.#execArgv = execArgv;
    for (let i = 0; i < size; i++) {
      const slot = { tasks: [], timer: null } as unknown as Slot;
      this.#start(slot);
      this.#slots.push(slot);
    }
  }

  /** Resolves once every worker has built its extractor; rejects if one cannot. */
  async ready(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.ready));
  }

  /**
   * Clean one page.
   *
   * @param job - The page (or the file to read it from), without a sequence number.
   * @returns How it ended; never rejects.
   */
  run(job: Omit<WorkerJob, 'seq'>): Promise<Outcome> {
    return new Promise((resolve) => {
      this.#queue.push({ job: { ...job, seq: this.#seq++ }, resolve });
      this.#dispatch();
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    if (process.env['QINGXI_DEBUG_POOL'] !== undefined) {
      for (const slot of this.#slots) process.stderr.write(`worker utilization ${slot.worker.performance.eventLoopUtilization().utilization.toFixed(2)}\n`);
      process.stderr.write(`main utilization ${performance.eventLoopUtilization().utilization.toFixed(2)}\n`);
    }
    this.#closed = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  /** Start a worker in a slot; its events only count while it is the slot's worker. */
  #start(slot: Slot): void {
    const worker = new Worker(this.#url, { workerData: this.#init, execArgv: this.#execArgv });
    slot.worker = worker;
    slot.ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: { ready?: boolean }): void => {
        if (message.ready === true) {
          worker.off('message', onReady);
          resolve();
        }
      };
      worker.on('message', onReady);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a worker stopped while starting (exit code ${code})`)));
    });
    slot.ready.catch(() => undefined);
    worker.on('message', (message: { seq?: number; rendered?: Rendered }) => {
      const head = slot.tasks[0];
      if (slot.worker !== worker || message.seq === undefined || head === undefined || message.seq !== head.job.seq) return;
      this.#finish(slot, { kind: 'result', rendered: message.rendered! });
    });
    worker.on('error', (error) => {
      if (slot.worker === worker) this.#fail(slot, 'E_CRASH', `the worker crashed on this input: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (!this.#closed && slot.worker === worker) this.#fail(slot, 'E_CRASH', `the worker exited (code ${code}) on this input`);
    });
  }

  #dispatch(): void {
    for (let depth = 0; depth < DEPTH && this.#queue.length > 0; depth++) {
      for (const slot of this.#slots) {
        if (slot.tasks.length > depth || this.#queue.length === 0) continue;
        const task = this.#queue.shift()!;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.#arm(slot);
        slot.worker.postMessage(task.job);
      }
    }
  }

  /** Time the page the worker is on now. */
  #arm(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = slot.tasks.length === 0 ? null : setTimeout(() => this.#fail(slot, 'E_TIMEOUT', `took longer than ${this.#timeout} ms`), this.#timeout);
  }

  #finish(slot: Slot, outcome: Outcome): void {
    const task = slot.tasks.shift();
    this.#arm(slot);
    task?.resolve(outcome);
    this.#dispatch();
  }

  /**
   * The worker cannot be trusted any more: stop it, fail the page it was on,
   * give its waiting pages back to the queue, start a new one.
   */
  #fail(slot: Slot, code: 'E_TIMEOUT' | 'E_CRASH', message: string): void {
    if (this.#closed) return;
    const old = slot.worker;
    const [task, ...waiting] = slot.tasks;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.tasks = [];
    slot.timer = null;
    this.#queue.unshift(...waiting);
    this.#start(slot);
    void old.terminate();
    task?.resolve({ kind: 'failure', code, message });
    this.#dispatch();
  }
}
