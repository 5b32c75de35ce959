import autocannon, { type Result } from "autocannon";
import { httpRequest } from "./http-request";

export type LoadTarget = { port: number; host: string; path: string; cookie: string };

export type LoadStats = {
  requests: number;
  reqPerSec: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** from our own per-response recording (2xx only, like autocannon) */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** autocannon's own histogram, for cross-checking */
  autocannon: Pick<Result["latency"], "p50" | "p90" | "p97_5" | "p99">;
};

/** Sequential requests before measuring: JIT, Prisma's connection pool and Next's caches warm up. */
export async function warmUp(target: LoadTarget, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const res = await httpRequest({
      port: target.port,
      host: target.host,
      path: target.path,
      headers: { Cookie: target.cookie },
    });
    if (res.status !== 200) throw new Error(`warm-up request ${i + 1} answered ${res.status}`);
  }
}

/**
 * Runs autocannon against the target for `durationSec` with `connections` keep-alive connections
 * and records every response's latency itself, because autocannon's histogram has no p95.
 */
export function runLoad(target: LoadTarget, options: { durationSec: number; connections: number }): Promise<LoadStats> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${target.port}${target.path}`,
        headers: { host: target.host, cookie: target.cookie },
        connections: options.connections,
        duration: options.durationSec,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: result.requests.total,
          reqPerSec: result.requests.average,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: latencies.at(-1) ?? Number.NaN,
          autocannon: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p97_5: result.latency.p97_5,
            p99: result.latency.p99,
          },
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
