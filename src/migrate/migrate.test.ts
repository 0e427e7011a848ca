import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusPath, corpusSlug, type CorpusEntry } from "../../test/corpus/corpus";
import { upstreamObjects } from "../../test/corpus/upstream-render";
import { renderManifests } from "../render/index";
import { upgradeFindings } from "../upgrade/immutable-fields";
import { parseYaml11 } from "../yaml/yaml11";
import { migrateValues } from "./migrate";
import { migrationReport } from "./report";
import { upstreamStates } from "./upstream/table";
import { engineContainer, engineHostPath, engineWorkload } from "./workload";
import type { Table } from "../values/tree";

const release = { releaseName: "ci", namespace: "build" };
const UPSTREAM_DATA = join(import.meta.dirname, "..", "..", "test", "upstream");

function migrate(text: string, from: string) {
  const [chart, version] = from.split("@") as ["vendor" | "fork", string];
  return migrateValues(text, "values.yaml", { chart, version }, release);
}

function ours(valuesText: string) {
  return renderManifests(parseYaml11(valuesText) ?? {}, release).map((manifest) => manifest.object);
}

describe.each(CORPUS.filter((entry) => !entry.upstreamRefuses).map((entry) => [corpusSlug(entry), entry] as const))("corpus %s", (_, entry: CorpusEntry) => {
  const text = readFileSync(corpusPath(entry), "utf8");
  const migration = migrateValues(text, entry.file, { chart: entry.chart, version: entry.version }, { releaseName: entry.release, namespace: entry.namespace });
  const next = renderManifests(parseYaml11(migration.valuesText) ?? {}, { releaseName: entry.release, namespace: entry.namespace }).map((m) => m.object);

  it("upgrades in place from the real upstream render: nothing refused, replaced or lost", () => {
    const findings = upgradeFindings(upstreamObjects(entry), next);
    expect(findings.map((finding) => finding.message)).toEqual([]);
    expect(migration.exitCode).toBe(0);
  });

  it("runs the engine image the upstream ran, or names why not", () => {
    const ran = String(engineContainer(engineWorkload(upstreamObjects(entry))).image);
    const image = String(engineContainer(engineWorkload(next)).image);
    if (entry.chart === "fork" && ran === `registry.dagger.io/engine:v${entry.version}`) expect(migrationReport(migration)).toContain(`ran ${ran}, its chart version`);
    else expect(image).toBe(ran);
  });

  it("keeps every comment of the file", () => {
    const comments = text.split("\n").filter((line) => line.trim().startsWith("#")).map((line) => line.trim());
    const output = migration.valuesText.split("\n").map((line) => line.trim());
    for (const comment of comments) expect(output).toContain(comment);
  });
});

describe.each(CORPUS.filter((entry) => entry.refused).map((entry) => [corpusSlug(entry), entry] as const))("corpus %s (a key that never existed)", (_, entry: CorpusEntry) => {
  it("drops the key, which no release read, and names the key to use", () => {
    const migration = migrateValues(readFileSync(corpusPath(entry), "utf8"), entry.file, { chart: entry.chart, version: entry.version }, { releaseName: entry.release, namespace: entry.namespace });
    expect(migration.removed.map((key) => key.path)).toContain(entry.refused?.key);
    expect(migrationReport(migration)).toContain(entry.refused?.use);
  });
});

describe("migrate", () => {
  it("pins the engine dagger's chart ran, with a comment on how to move to ours", () => {
    const migration = migrate("# my engine\nengine:\n  kind: DaemonSet # one per node\n", "vendor@0.20.6");
    expect(migration.valuesText).toContain("# my engine");
    expect(migration.valuesText).toContain("kind: DaemonSet # one per node");
    expect(migration.valuesText).toMatch(/# The engine dagger's chart 0\.20\.6 ran\.\n\s+# Delete this line to run our chart's default engine, v0\.21\.8.*\n\s+ref: registry\.dagger\.io\/engine:v0\.20\.6\n/);
    expect(migration.exitCode).toBe(0);
  });

  it("runs the fork's appVersion where the fork named an engine after its own chart version", () => {
    const migration = migrate("engine:\n  kind: DaemonSet\n", "fork@0.4.1");
    expect(engineContainer(engineWorkload(ours(migration.valuesText))).image).toBe("registry.dagger.io/engine:v0.18.16");
    expect(migrationReport(migration)).toContain("ran registry.dagger.io/engine:v0.4.1, its chart version used as an engine tag");
  });

  it("keeps the fork's StatefulSet: Parallel, its 50Gi claim and the Delete retention", () => {
    const migration = migrate("engine:\n  kind: StatefulSet\n", "fork@0.4.1");
    const values = parseYaml11(migration.valuesText) as { engine: { statefulSet: Table } };
    expect(values.engine.statefulSet).toEqual({
      podManagementPolicy: "Parallel",
      persistentVolumeClaim: { enabled: true, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "50Gi" } } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Delete" },
    });
    expect(migration.findings).toEqual([]);
  });

  it("keeps the host directories of dagger's chart before 0.17 and its readiness command before 0.13", () => {
    const migration = migrate("", "vendor@0.12.3");
    const workload = engineWorkload(ours(migration.valuesText));
    expect([engineHostPath(workload, "data"), engineHostPath(workload, "run")]).toEqual(["/var/lib/dagger", "/var/run/dagger"]);
    expect(engineContainer(workload).readinessProbe).toMatchObject({ exec: { command: ["buildctl", "debug", "workers"] } });
    expect(engineContainer(workload).image).toBe("registry.dagger.io/engine:v0.12.3");
  });

  it("drops a key the upstream never read where ours would act on it, and keeps it where ours would not", () => {
    const migration = migrate("volumeMountsPostfix: agent\nenabled: true\nengine:\n  kind: StatefulSet\n", "vendor@0.13.0");
    expect(migration.removed.map((key) => key.path)).toEqual(["volumeMountsPostfix", "engine.kind"]);
    expect(migration.valuesText).toContain("enabled: true");
    expect(engineWorkload(ours(migration.valuesText))?.kind).toBe("DaemonSet");
  });

  it("says when the upgrade replaces the workload: a name our chart cuts shorter", () => {
    const longRelease = { releaseName: "build-cluster-runners-for-the-platform-team", namespace: "ci" };
    const migration = migrateValues("engine:\n  kind: StatefulSet\n", "values.yaml", { chart: "vendor", version: "0.21.8" }, longRelease);
    expect(migration.findings).toMatchObject([{ severity: "replaced" }]);
    expect(migration.exitCode).toBe(3);
  });

  it("lists what changes in the cluster in plain words", () => {
    const report = migrationReport(migrate("engine:\n  kind: StatefulSet\n", "vendor@0.19.11"));
    expect(report).toContain("helm upgrade goes through in place");
    expect(report).toMatch(/StatefulSet ci-dagger-helm-engine:\n/);
    expect(report).toContain("pod security context:\n      - runAsGroup: 1001\n      + runAsNonRoot: false");
    expect(report).toMatch(/liveness probe: removed \(was \{exec: \{command: \[sh, -exc, dagger core version\]\}/);
    expect(report).toContain("Service dagger-engine-service: new (a headless Service for engine discovery");
  });

  it("names the file and line of broken YAML, and the upstream's own refusal", () => {
    expect(() => migrate("engine:\n  kind: [\n", "vendor@0.20.6")).toThrow(/^values\.yaml:2:9: the list opened with \[ here is not closed/);
    expect(() => migrate("magicache:\n  enabled: true\n", "vendor@0.20.6")).toThrow("dagger's chart 0.20.6 refuses these values: A magicache token is required");
  });
});

describe("migrate over the grid of test/upstream/values, at one version of every upstream state", () => {
  const grid = readdirSync(join(UPSTREAM_DATA, "values")).map((file) => {
    const text = readFileSync(join(UPSTREAM_DATA, "values", file), "utf8");
    const header = (key: string) => new RegExp(`^# ${key}: (\\S+)$`, "m").exec(text)?.[1] ?? "";
    return { file, text, release: { releaseName: header("release"), namespace: header("namespace") } };
  });
  const versions = (["vendor", "fork"] as const).flatMap((chart) => upstreamStates(chart).map((state) => ({ chart, version: state.versions[0] as string })));

  it.each(versions.map((upstream) => [`${upstream.chart}@${upstream.version}`, upstream] as const))("%s: every file upgrades in place", (_, upstream) => {
    for (const { file, text, release } of grid) {
      const migration = migrateValues(text, file, upstream, release);
      if (file === "long-names.yaml") {
        // The upstream's own name was too long for Kubernetes; ours is cut, so the workload is new.
        // The fork 0.4.0 read engine.kind but had no StatefulSet template: it rendered no engine.
        const forkWithoutStatefulSet = upstream.chart === "fork" && upstream.version === "0.4.0";
        // A StatefulSet renamed this way also gets new volume claims (data-<new name>-<ordinal>).
        const renamedClaims = migration.findings.some((finding) => finding.severity === "cache-lost" && /^the volume claims data-/.test(String(finding.before)));
        expect(migration.findings.map((finding) => finding.severity)).toEqual(forkWithoutStatefulSet ? [] : renamedClaims ? ["replaced", "cache-lost"] : ["replaced"]);
        if (forkWithoutStatefulSet) expect(migration.diff.find((diff) => diff.kind === "StatefulSet")?.status).toBe("added");
        else expect(migration.notes.join(" ")).toMatch(/characters/);
      } else expect(migration.findings.map((finding) => `${file}: ${finding.message}`)).toEqual([]);
    }
  });
});
