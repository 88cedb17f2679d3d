/** Latency histogram with log-spaced bins (1 % wide from 10 µs to ~4 min), mergeable across processes. */
const MIN_MS = 0.01;
const STEP = Math.log(1.01);
const BINS = 2000;

/** What a histogram looks like on the wire: only the non-empty bins. */
export interface HistogramData {
  bins: [index: number, count: number][];
  count: number;
  sum: number;
  max: number;
}

export class Histogram {
  private readonly counts = new Float64Array(BINS);
  count = 0;
  sum = 0;
  max = 0;

  add(ms: number): void {
    const v = Math.max(ms, 0);
    const i = v <= MIN_MS ? 0 : Math.min(BINS - 1, Math.ceil(Math.log(v / MIN_MS) / STEP));
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
  }

  merge(data: HistogramData): void {
    for (const [i, c] of data.bins) this.counts[i] = (this.counts[i] ?? 0) + c;
    this.count += data.count;
    this.sum += data.sum;
    this.max = Math.max(this.max, data.max);
  }

  toData(): HistogramData {
    const bins: [number, number][] = [];
    this.counts.forEach((c, i) => {
      if (c > 0) bins.push([i, c]);
    });
    return { bins, count: this.count, sum: this.sum, max: this.max };
  }

  /**
   * The `p`-th percentile (0–100), upper bin edge (≤ 1 % high). `missing` deliveries that never
   * arrived count as infinitely late: if they reach the percentile the answer is Infinity.
   */
  percentile(p: number, missing = 0): number {
    const total = this.count + missing;
    if (total === 0) return Number.NaN;
    const rank = Math.ceil((p / 100) * total);
    let seen = 0;
    for (let i = 0; i < BINS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.min(MIN_MS * Math.exp(i * STEP), this.max);
    }
    return Number.POSITIVE_INFINITY;
  }

  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }
}
