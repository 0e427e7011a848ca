// The released versions of the two charts people move from: dagger's own chart ("vendor",
// dagger/dagger helm/dagger, tags helm/chart/vX.Y.Z, and 1.0.0-beta.x from the same templates as
// 0.21.8) and the kubiya fork ("fork", kubiyabot/helm-charts charts/dagger-helm).

export type UpstreamChart = "vendor" | "fork";

export interface UpstreamVersion {
  chart: UpstreamChart;
  version: string;
}

function range(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

export const VENDOR_VERSIONS: readonly string[] = [
  ...range("0.1.", 0, 10),
  ...range("0.12.", 0, 7),
  ...range("0.13.", 0, 7),
  "0.14.0",
  ...range("0.15.", 0, 4),
  ...range("0.16.", 0, 3),
  ...range("0.17.", 0, 2),
  ...range("0.18.", 0, 19),
  ...range("0.19.", 0, 11),
  ...range("0.20.", 0, 8),
  ...range("0.21.", 0, 8),
  ...range("1.0.0-beta.", 1, 11),
];

export const FORK_VERSIONS: readonly string[] = ["0.2.0", "0.2.1", "0.2.2", "0.3.0", "0.3.1", "0.4.0", "0.4.1"];

export const UPSTREAM_VERSIONS: Record<UpstreamChart, readonly string[]> = { vendor: VENDOR_VERSIONS, fork: FORK_VERSIONS };

/** What each chart is called in messages and reports. */
export const UPSTREAM_TITLES: Record<UpstreamChart, string> = {
  vendor: "dagger's chart (dagger/dagger, helm/dagger)",
  fork: "the kubiya fork (kubiyabot/helm-charts, charts/dagger-helm)",
};

export class UpstreamVersionError extends Error {
  override name = "UpstreamVersionError";
}

/** "vendor@0.20.6" or "fork@0.4.1" (a leading "v" on the version is allowed). */
export function parseUpstreamVersion(text: string): UpstreamVersion {
  const match = /^(vendor|fork)@v?(\S+)$/.exec(text.trim());
  if (!match) {
    throw new UpstreamVersionError(`"${text}" is not <chart>@<version>: write vendor@<version> for dagger's chart or fork@<version> for the kubiya fork, e.g. vendor@0.20.6`);
  }
  const chart = match[1] as UpstreamChart;
  const version = match[2] as string;
  const known = UPSTREAM_VERSIONS[chart];
  if (!known.includes(version)) {
    throw new UpstreamVersionError(`${chart}@${version}: no such release of ${UPSTREAM_TITLES[chart]}; known versions: ${known.join(", ")}`);
  }
  return { chart, version };
}

export function upstreamLabel(upstream: UpstreamVersion): string {
  return `${upstream.chart}@${upstream.version}`;
}
