import { DDSketch as LibrarySketch } from '@datadog/sketches-js';

/**
 * DDSketch (Masson, Rim & Lee, VLDB 2019): a quantile sketch with a relative-accuracy guarantee.
 * Any quantile it returns is within `alpha` (relative) of the exact value of that rank, for every
 * positive value. Sketches merge exactly (bin counts add), so daily sketches combine into any period.
 * Values at or below `minValue` (e.g. 0 ms) go to a separate zero bin.
 *
 * The sketch itself is Datadog's maintained implementation (@datadog/sketches-js, logarithmic mapping
 * and dense store); bench/libs/run.ts measured it ~50× faster at quantiles than our former hand-written
 * one, equally accurate (README, design notes). This class keeps our interface and the stored JSON
 * format (SketchJson, written to the sla-data branch): the library's bin keys are ceil(log_γ v), the
 * same indexes we always stored, so old history reads back unchanged.
 */
export const DEFAULT_ALPHA = 0.01;

export interface SketchJson {
  alpha: number;
  count: number;
  zero: number;
  min: number | null;
  max: number | null;
  sum: number;
  /** Bin index of counts[0]; counts are the contiguous bins from there. */
  offset: number;
  counts: number[];
}

const MIN_VALUE = 1e-9;

export class DDSketch {
  readonly alpha: number;
  private readonly sketch: LibrarySketch;

  constructor(alpha = DEFAULT_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new Error(`DDSketch: alpha ${alpha} must be in (0, 1)`);
    this.alpha = alpha;
    this.sketch = new LibrarySketch({ relativeAccuracy: alpha });
  }

  get count(): number {
    return this.sketch.count;
  }
  get sum(): number {
    return this.sketch.sum;
  }
  get min(): number {
    return this.sketch.min;
  }
  get max(): number {
    return this.sketch.max;
  }

  add(value: number, times = 1): void {
    if (!Number.isFinite(value) || value < 0) throw new Error(`DDSketch: cannot add ${value}`);
    // Our zero bin is wider than the library's (which only takes values too small to index): values
    // at or below MIN_VALUE count as 0, but min and sum keep the value itself.
    if (value <= MIN_VALUE && value > 0) {
      const { min, max } = this.sketch;
      this.sketch.accept(0, times);
      this.sketch.sum += value * times;
      this.sketch.min = Math.min(min, value);
      this.sketch.max = Math.max(max, value);
    } else this.sketch.accept(value, times);
  }

  merge(other: DDSketch): void {
    if (other.alpha !== this.alpha) throw new Error('DDSketch: cannot merge sketches of different accuracy');
    this.sketch.merge(other.sketch);
  }

  /**
   * The value at quantile q (0..1) using the lower rank: the value x_k of the sorted values with
   * k = floor(q × (count − 1)). Undefined for an empty sketch.
   */
  quantile(q: number): number | undefined {
    if (this.count === 0 || !(q >= 0 && q <= 1)) return undefined;
    const value = this.sketch.getValueAtQuantile(q);
    if (value === 0) return 0;
    return Math.min(this.max, Math.max(this.min, value));
  }

  /** The bins as [index, count], ascending; the library's dense store holds them from `offset`. */
  private bins(): [number, number][] {
    const { bins, offset } = this.sketch.store;
    const out: [number, number][] = [];
    bins.forEach((n, k) => {
      if (n > 0) out.push([offset + k, n]);
    });
    return out;
  }

  /** The share of values at or below `value` (within the sketch's accuracy at the bin edge). */
  fractionAtOrBelow(value: number): number | undefined {
    if (this.count === 0) return undefined;
    const zero = this.sketch.zeroCount;
    if (value < MIN_VALUE) return zero / this.count;
    const limit = this.sketch.mapping.key(value);
    let n = zero;
    for (const [i, c] of this.bins()) if (i <= limit) n += c;
    return n / this.count;
  }

  toJSON(): SketchJson {
    const bins = this.bins();
    const offset = bins.length > 0 ? bins[0][0] : 0;
    const counts: number[] = bins.length > 0 ? new Array(bins[bins.length - 1][0] - offset + 1).fill(0) : [];
    for (const [i, n] of bins) counts[i - offset] = n;
    return {
      alpha: this.alpha,
      count: this.count,
      zero: this.sketch.zeroCount,
      min: this.count > 0 ? this.min : null,
      max: this.count > 0 ? this.max : null,
      sum: this.sum,
      offset,
      counts,
    };
  }

  static fromJSON(json: SketchJson): DDSketch {
    const binned = json.counts.reduce((a, b) => a + b, 0);
    if (binned + json.zero !== json.count) throw new Error('DDSketch: counts do not add up');
    const sketch = new DDSketch(json.alpha);
    const lib = sketch.sketch;
    // The stored bins become the library's dense store as they are (its public state: the bins
    // from minKey to maxKey, bins[0] at `offset`), with no logarithm or re-sizing per bin: a
    // report restores ~10k sketches, and adding bins one by one re-centred the array each time.
    const { counts, offset } = json;
    let low = 0;
    let high = counts.length - 1;
    while (low <= high && !(counts[low] > 0)) low++;
    while (high >= low && !(counts[high] > 0)) high--;
    let kept = 0;
    if (low <= high) {
      const store = lib.store;
      // One pass, no intermediate arrays (a report restores ~7,600 sketches of ~130 bins).
      const bins: number[] = [];
      for (let i = low; i <= high; i++) {
        const n = counts[i] > 0 ? counts[i] : 0;
        bins.push(n);
        kept += n;
      }
      store.bins = bins;
      store.offset = offset + low;
      store.minKey = offset + low;
      store.maxKey = offset + high;
      store.count = kept;
    }
    lib.zeroCount += json.zero;
    lib.count += kept + json.zero;
    lib.sum = json.sum;
    lib.min = json.min ?? Number.POSITIVE_INFINITY;
    lib.max = json.max ?? Number.NEGATIVE_INFINITY;
    return sketch;
  }
}
