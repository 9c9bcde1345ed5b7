import type { SourceMeasurement } from '../analysis.js';
import type { MeasureContext, MetricsSource } from '../progression.js';

interface Source {
  measure(context: MeasureContext): Promise<SourceMeasurement>;
}

/** Every configured source measured side by side; one that throws becomes a problem (inconclusive). */
export class CombinedSource implements MetricsSource {
  constructor(private readonly sources: { name: string; source: Source }[]) {}

  measure(context: MeasureContext): Promise<SourceMeasurement[]> {
    return Promise.all(
      this.sources.map(({ name, source }) =>
        source.measure(context).catch((error: unknown) => ({
          source: name,
          problem: error instanceof Error ? error.message : String(error),
        })),
      ),
    );
  }
}
