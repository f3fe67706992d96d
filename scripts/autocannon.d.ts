/** The part of autocannon 9's API that scripts/bench-http.ts uses (the package ships no types). */
declare module "autocannon" {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  export type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; "2xx": number };
  export type Options = { url: string; connections?: number; duration?: number; amount?: number; headers?: Record<string, string>; method?: string; body?: string };
  export default function autocannon(options: Options): Promise<Result>;
}
