// The hand-written DDSketch shipgate used before switching to @datadog/sketches-js (issue 14), kept
// only so bench/libs/run.ts can keep measuring the decision side by side. Not used by any action.
/**
 * DDSketch (Masson, Rim & Lee, VLDB 2019): a quantile sketch with a relative-accuracy guarantee.
 * Any quantile it returns is within `alpha` (relative) of the exact value of that rank, for every
 * positive value. Sketches merge exactly (bin counts add), so daily sketches combine into any period.
 * Values at or below `minValue` (e.g. 0 ms) go to a separate zero bin.
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
  private readonly gamma: number;
  private readonly logGamma: number;
  private bins = new Map<number, number>();
  private zero = 0;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  constructor(alpha = DEFAULT_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new Error(`DDSketch: alpha ${alpha} must be in (0, 1)`);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }

  private index(value: number): number {
    return Math.ceil(Math.log(value) / this.logGamma);
  }

  /** The representative of bin i: within alpha of every value in (gamma^(i-1), gamma^i]. */
  private valueOf(index: number): number {
    return (2 * this.gamma ** index) / (this.gamma + 1);
  }

  add(value: number, times = 1): void {
    if (!Number.isFinite(value) || value < 0) throw new Error(`DDSketch: cannot add ${value}`);
    if (value <= MIN_VALUE) this.zero += times;
    else {
      const i = this.index(value);
      this.bins.set(i, (this.bins.get(i) ?? 0) + times);
    }
    this.count += times;
    this.sum += value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  merge(other: DDSketch): void {
    if (other.alpha !== this.alpha) throw new Error('DDSketch: cannot merge sketches of different accuracy');
    for (const [i, n] of other.bins) this.bins.set(i, (this.bins.get(i) ?? 0) + n);
    this.zero += other.zero;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /**
   * The value at quantile q (0..1) using the lower rank: the value x_k of the sorted values with
   * k = floor(q × (count − 1)). Undefined for an empty sketch.
   */
  quantile(q: number): number | undefined {
    if (this.count === 0 || !(q >= 0 && q <= 1)) return undefined;
    const rank = Math.floor(q * (this.count - 1));
    if (rank < this.zero) return 0;
    let seen = this.zero;
    const indexes = [...this.bins.keys()].sort((a, b) => a - b);
    for (const i of indexes) {
      seen += this.bins.get(i)!;
      if (seen > rank) return Math.min(this.max, Math.max(this.min, this.valueOf(i)));
    }
    return this.max;
  }

  /** The share of values at or below `value` (within the sketch's accuracy at the bin edge). */
  fractionAtOrBelow(value: number): number | undefined {
    if (this.count === 0) return undefined;
    if (value < MIN_VALUE) return this.zero / this.count;
    const limit = this.index(value);
    let n = this.zero;
    for (const [i, c] of this.bins) if (i <= limit) n += c;
    return n / this.count;
  }

  toJSON(): SketchJson {
    const indexes = [...this.bins.keys()].sort((a, b) => a - b);
    const offset = indexes.length > 0 ? indexes[0] : 0;
    const counts: number[] =
      indexes.length > 0 ? new Array(indexes[indexes.length - 1] - offset + 1).fill(0) : [];
    for (const i of indexes) counts[i - offset] = this.bins.get(i)!;
    return {
      alpha: this.alpha,
      count: this.count,
      zero: this.zero,
      min: this.count > 0 ? this.min : null,
      max: this.count > 0 ? this.max : null,
      sum: this.sum,
      offset,
      counts,
    };
  }

  static fromJSON(json: SketchJson): DDSketch {
    const sketch = new DDSketch(json.alpha);
    json.counts.forEach((n, k) => {
      if (n > 0) sketch.bins.set(json.offset + k, n);
    });
    sketch.zero = json.zero;
    sketch.count = json.count;
    sketch.sum = json.sum;
    sketch.min = json.min ?? Number.POSITIVE_INFINITY;
    sketch.max = json.max ?? Number.NEGATIVE_INFINITY;
    const binned = [...sketch.bins.values()].reduce((a, b) => a + b, 0);
    if (binned + sketch.zero !== sketch.count) throw new Error('DDSketch: counts do not add up');
    return sketch;
  }
}
