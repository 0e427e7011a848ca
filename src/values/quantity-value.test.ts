import { describe, expect, it } from "vitest";
import { helmTemplate, mapLimit } from "../../test/helm";
import { quantityValue } from "./quantity-value";
import { validateValues } from "../render/validate";

describe("quantityValue", () => {
  it("reads each of Kubernetes' suffixes", () => {
    expect(quantityValue("250m")).toBe(0.25);
    expect(quantityValue("0.5")).toBe(0.5);
    expect(quantityValue("512Mi")).toBe(512 * 2 ** 20);
    expect(quantityValue("1Ti")).toBe(2 ** 40);
    expect(quantityValue("1e3")).toBe(1000);
    expect(quantityValue("1.G")).toBe(1e9);
    expect(quantityValue("+2k")).toBe(2000);
    expect(quantityValue(".5E-2")).toBe(0.005);
    expect(quantityValue(3)).toBe(3);
    expect(quantityValue("lots")).toBeUndefined();
  });
});

// Limits and requests close to each other, in different spellings: the core and Helm must agree
// on which are refused, with the same words.
const PAIRS: [limit: string | number, request: string | number][] = [
  ["1", "1000m"], ["999m", "1"], ["1Gi", "1024Mi"], ["1023Mi", "1Gi"], ["0.5", "500m"], ["1e3", "1k"], ["1e3", "1001"],
  [".5Gi", "512Mi"], ["511Mi", ".5Gi"], ["1.G", "1e9"], ["1G", "1Gi"], ["4000m", 4], [0.5, "501m"], [1073741824, "1Gi"], ["100n", "1u"], ["1Ei", "1E"],
];

describe("a limit below its request", () => {
  it("is refused by the core and by Helm 3 and 4 alike, in the same words", async () => {
    const failures = await mapLimit(PAIRS, 4, async ([limit, request]) => {
      const values = { engine: { resources: { limits: { cpu: limit }, requests: { cpu: request } } } };
      const problems = validateValues(values).problems.map((problem) => problem.message);
      const below = (quantityValue(limit) ?? 0) < (quantityValue(request) ?? 0);
      const out: string[] = [];
      if (below !== problems.length > 0) out.push(`core on ${limit} < ${request}: ${problems.join("; ") || "accepted"}`);
      for (const major of [3, 4] as const) {
        const result = await helmTemplate(major, values, { releaseName: "r", namespace: "default" });
        if (result.ok === problems.length > 0 || problems.some((problem) => !result.stderr.includes(problem))) {
          out.push(`Helm ${major} on ${limit} < ${request}: ${result.ok ? "accepted" : result.stderr}; the core: ${problems.join("; ") || "accepted"}`);
        }
      }
      return out;
    });
    expect(failures.flat()).toEqual([]);
    // Both ways occur above.
    expect(PAIRS.filter(([limit, request]) => quantityValue(limit)! < quantityValue(request)!).length).toBeGreaterThan(4);
  }, 120_000);
});
