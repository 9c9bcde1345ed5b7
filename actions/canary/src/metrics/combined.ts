import type { SourceMeasurement } from '../analysis.js';
import type { MeasureContext, MetricsSource } from '../progression.js';

interface Source {
  /** Undefined: the source does not measure this stage (probes after probe-stages), which is not "no data". */
  measure(context: MeasureContext): Promise<SourceMeasurement | undefined>;
}

/** Every configured source measured side by side; one that throws becomes a problem (inconclusive). */
export class CombinedSource implements MetricsSource {
  constructor(private readonly sources: { name: string; source: Source }[]) {}

  async measure(context: MeasureContext): Promise<SourceMeasurement[]> {
    const measured = await Promise.all(
      this.sources.map(({ name, source }) =>
        source.measure(context).catch((error: unknown): SourceMeasurement => ({
          source: name,
          problem: error instanceof Error ? error.message : String(error),
        })),
      ),
    );
    return measured.filter((m): m is SourceMeasurement => m !== undefined);
  }
}
