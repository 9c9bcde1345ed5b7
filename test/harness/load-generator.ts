import http from 'node:http';

export interface LoadStats {
  sent: number;
  byStatus: Record<string, number>;
  /** Responses per `x-version` header (which backend answered). */
  byVersion: Record<string, number>;
  failures: number;
}

export interface LoadGenerator {
  stats: LoadStats;
  /** Forget the counts so far (to look at one phase only). */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Sends `ratePerSecond` GET requests per second to `url`, steadily (one tick every 1000/rate ms, never more
 * than `maxInFlight` outstanding), and counts answers by status and by the x-version response header.
 */
export function startLoad(url: string, ratePerSecond: number, maxInFlight = 32): LoadGenerator {
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInFlight });
  const fresh = (): LoadStats => ({ sent: 0, byStatus: {}, byVersion: {}, failures: 0 });
  const generator: LoadGenerator = {
    stats: fresh(),
    reset() {
      generator.stats = fresh();
    },
    async stop() {
      clearInterval(timer);
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
      agent.destroy();
    },
  };
  let inFlight = 0;
  const timer = setInterval(() => {
    if (inFlight >= maxInFlight) return;
    inFlight++;
    const stats = generator.stats;
    stats.sent++;
    const request = http.get(url, { agent, timeout: 5000 }, (response) => {
      response.resume();
      response.on('end', () => {
        inFlight--;
        const status = String(response.statusCode);
        stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
        const version = String(response.headers['x-version'] ?? 'none');
        stats.byVersion[version] = (stats.byVersion[version] ?? 0) + 1;
      });
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => {
      inFlight--;
      stats.failures++;
    });
  }, 1000 / ratePerSecond);
  return generator;
}
