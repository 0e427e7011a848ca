import { describe, expect, it } from "vitest";
import { fieldId } from "./field-path";
import { fieldLabels } from "./field-labels";

describe("fieldLabels", () => {
  it("in the form: the label, and the schema's help text unless a description is given", () => {
    expect(fieldLabels({ path: "engine.statefulSet.replicas", label: "Replicas" })).toEqual({
      id: fieldId("engine.statefulSet.replicas"),
      label: "Replicas",
      "aria-label": undefined,
      description: "Number of engines",
    });
    expect(fieldLabels({ path: "engine.statefulSet.replicas", label: "Replicas", description: "How many" }).description).toBe("How many");
  });

  it("compact, in a row: the short row label shown, the full label for screen readers, no help text", () => {
    const path = "engine.containerPorts[0].containerPort";
    expect(fieldLabels({ path, label: "Port 1 number", compact: true, rowLabel: "Port", description: "ignored in a row" })).toEqual({
      id: fieldId(path),
      label: "Port",
      "aria-label": "Port 1 number",
      description: undefined,
    });
  });
});
