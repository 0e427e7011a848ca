// Resource quantities: Kubernetes' grammar (k8s.io/apimachinery resource.Quantity) in the core
// and, through values.schema.json, in Helm 3 and 4, so that no value renders a pod the API
// server refuses. Values are written as a user writes them: `yes` is a boolean, `0x1F` plain is
// the number 31 (a fine quantity), "0x1F" quoted is text (not one).
import { describe, expect, it } from "vitest";
import { helmTemplateFile, mapLimit, parseManifests } from "../../test/helm";
import { renderManifests } from "../render/index";
import { parseYaml11 } from "../yaml/yaml11";
import { validateValues } from "../render/validate";

const TRAPS = [
  "lots", "yes", "no", "on", '"yes"', "=", "~", "null", '""', '"0x1F"', "2001-12-14", '"12:30"', "1_000m", '"-1"', "-1", "-0.5",
  '"1e1.5"', '"Mi"', "1K", '"1 Gi"', "1Gb", '"+-1"', "[1]", "{a: 1}", "1.5.5", '"0b101"',
];
const VALID: [written: string, rendered: string | number][] = [
  ["250m", "250m"], ["0.5", 0.5], ['"0.5"', "0.5"], ["512Mi", "512Mi"], ["1Ti", "1Ti"], ["1e3", 1000], ['"1e3"', "1e3"], ["2", 2], ["0x1F", 31],
  ['"1.G"', "1.G"], [".5", 0.5], ["+1", 1], ['"+1k"', "+1k"], ['"1E-3"', "1E-3"], ["1073741824", 1073741824], ["10Gi", "10Gi"],
];

const text = (cpu: string) => `engine:\n  resources:\n    limits:\n      cpu: ${cpu}\n    requests:\n      memory: 64Mi\n`;

describe("resource quantities", () => {
  it("refuses each trap in the core, naming the key", () => {
    for (const trap of TRAPS) {
      const { problems } = validateValues(parseYaml11(text(trap)));
      expect(problems.map((problem) => problem.path), trap).toEqual(["engine.resources.limits.cpu"]);
      expect(problems[0]?.message, trap).toMatch(/^engine\.resources\.limits\.cpu: must (be a Kubernetes quantity|not be negative)/);
    }
  });

  it("accepts Kubernetes' forms, numbers included, and renders them as written", () => {
    for (const [written, rendered] of VALID) {
      const manifests = renderManifests(parseYaml11(text(written)), { releaseName: "r", namespace: "default" });
      const pod = JSON.stringify(manifests);
      expect(pod, written).toContain(`"cpu":${JSON.stringify(rendered)}`);
    }
  });

  it("is refused by Helm 3 and 4 with a message naming the key, and the valid forms render alike", async () => {
    const cases = [...TRAPS.map((trap) => ({ written: trap, valid: false })), ...VALID.map(([written]) => ({ written, valid: true }))];
    const failures = await mapLimit(cases, 4, async ({ written, valid }) =>
      Promise.all(
        ([3, 4] as const).map(async (major) => {
          const result = await helmTemplateFile(major, text(written), { releaseName: "r", namespace: "default" });
          if (valid) {
            const ours = JSON.stringify(renderManifests(parseYaml11(text(written)), { releaseName: "r", namespace: "default" }).map((m) => m.object));
            const helm = result.ok ? JSON.stringify(parseManifests(result.stdout).map((m) => m.object)) : result.stderr;
            return result.ok && helm.includes(ours.match(/"cpu":[^,}]+/)?.[0] ?? "?") ? [] : [`Helm ${major} on ${written}: ${helm.slice(0, 200)}`];
          }
          const named = major === 3 ? "engine.resources.limits.cpu" : "/engine/resources/limits/cpu";
          return !result.ok && result.stderr.includes(named) ? [] : [`Helm ${major} on ${written}: ${result.ok ? "rendered" : result.stderr.slice(0, 200)}`];
        }),
      ),
    );
    expect(failures.flat(2)).toEqual([]);
  }, 120_000);
});
