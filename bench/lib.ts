// Benchmark helpers: medians over repeated runs, never asserted in tests.
import os from 'node:os'

export type BenchResult = {
  name: string
  /** median milliseconds per run, or another figure with its own unit */
  value: number
  unit: string
  runs?: number
  note?: string
}

export type BenchModule = { run: () => Promise<BenchResult[]> }

/** Median of `runs` timings of fn (after `warmup` untimed runs), in milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 50, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`
}
