// Every branch of the chart's templates is exercised by a ci/ scenario (or the defaults), on
// real Helm: see test/chart-coverage.ts for how branches are marked and counted.
import { describe, expect, it } from "vitest";
import { branchesSeen, instrumentChart } from "../../test/chart-coverage";
import { ciScenarios } from "../../test/ci-values";

describe("chart template coverage", () => {
  it("the ci/ scenarios and the defaults pass through every template branch", async () => {
    const chart = instrumentChart();
    const seen = new Set<string>();
    for (const { values } of [{ values: {} }, ...ciScenarios()]) for (const id of await branchesSeen(chart, values)) seen.add(id);
    expect(chart.branches.length).toBeGreaterThan(50);
    expect(chart.branches.filter((id) => !seen.has(id))).toEqual([]);
  });
});
