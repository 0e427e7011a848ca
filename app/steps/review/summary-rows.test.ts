import { describe, expect, it } from "vitest";
import { defaultValues, type TValues } from "../../../src";
import { summaryRows } from "./summary-rows";

const release = { name: "dagger", namespace: "dagger" };
const row = (values: TValues, label: string) => summaryRows(values, release).find((item) => item.label === label);

describe("the review summary", () => {
  it("names the node selector and the tolerations, also when there are none", () => {
    expect(row(defaultValues(), "Node selector")).toMatchObject({ value: "any node", path: "engine.nodeSelector" });
    expect(row(defaultValues(), "Tolerations")).toMatchObject({ value: "none", path: "engine.tolerations" });
  });

  it("merges the top-level node selector under the engine's, and lists each toleration", () => {
    const values = structuredClone(defaultValues());
    values.nodeSelector = { pool: "builds", zone: "a" };
    values.engine.nodeSelector = { zone: "b" };
    values.engine.tolerations = [
      { key: "dedicated", operator: "Equal", value: "dagger", effect: "NoSchedule" },
      { operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 },
    ];
    expect(row(values, "Node selector")?.value).toBe("pool=builds, zone=b");
    expect(row(values, "Tolerations")?.value).toBe("dedicated=dagger: NoSchedule; every taint: NoExecute for 60s");
  });
});
