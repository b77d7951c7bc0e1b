/** Latency samples in milliseconds → the figures the benchmark tables print. */
export interface Summary {
  readonly name: string;
  readonly count: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

export async function measure(
  name: string,
  count: number,
  concurrency: number,
  operation: (index: number) => Promise<void>,
): Promise<Summary> {
  const latencies: number[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const start = performance.now();
        await operation(index);
        latencies.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0;
  return { name, count, perSecond: count / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Prints the kit's figures against its raw peer's, with the ratios (kit ÷ raw). */
export function printComparison(title: string, raw: Summary, kit: Summary): void {
  const row = (s: Summary) =>
    `  ${s.name.padEnd(34)} ${s.perSecond.toFixed(0).padStart(8)}/s   p50 ${s.p50.toFixed(3).padStart(8)} ms   p99 ${s.p99.toFixed(3).padStart(8)} ms`;
  process.stdout.write(
    [
      `\n${title} (${kit.count} operations each)`,
      row(raw),
      row(kit),
      `  ratio kit/raw: throughput ${(kit.perSecond / raw.perSecond).toFixed(2)}×, ` +
        `p50 ${(kit.p50 / raw.p50).toFixed(2)}×, p99 ${(kit.p99 / raw.p99).toFixed(2)}×`,
      '',
    ].join('\n'),
  );
}
