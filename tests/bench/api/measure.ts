/** Latency and throughput of one scenario: over HTTP with autocannon, or the same work called directly. */
import autocannon from 'autocannon';

export interface Figures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Connection errors and timeouts, plus answers that were not 2xx. */
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What one measuring run recorded; runs of the same kind are pooled before percentiles are taken. */
export interface Sample {
  latencies: number[];
  seconds: number;
  errors: number;
}

export function figures(...samples: Sample[]): Figures {
  const sorted = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: sorted.length / seconds,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
  };
}

/** Runs autocannon against `baseUrl`, each request taking the next path; p95 needs our own latency record. */
export async function overHttp(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<Sample> {
  let next = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]!;
          return request;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { latencies, seconds, errors: result.errors + result.non2xx };
}

/** Calls `work` with `concurrency` callers in flight for `seconds`, timing each call. */
export async function direct(work: (i: number) => Promise<unknown>, concurrency: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        await work(next++);
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { latencies, seconds, errors };
}
