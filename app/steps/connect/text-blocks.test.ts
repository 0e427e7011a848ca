import { describe, expect, it } from "vitest";
import { connectionMethods, validateValues } from "../../../src";
import { textBlocks } from "./text-blocks";

describe("textBlocks", () => {
  it("reflows prose and keeps each command's line and inner indent", () => {
    const text = ["First line of prose", "and its second line:", "", "  export A=1", "    continued", "Right after the code.", "", ""].join("\n");
    expect(textBlocks(text)).toEqual([
      { kind: "prose", text: "First line of prose and its second line:" },
      { kind: "code", text: "export A=1\n  continued" },
      { kind: "prose", text: "Right after the code." },
    ]);
  });

  it("keeps every word of the core's connection texts", () => {
    const values = validateValues({ engine: { port: 1234 } }, "ci").values;
    const info = connectionMethods(values, { releaseName: "ci", namespace: "builds" });
    for (const text of [info.cli.text, ...info.methods.map((method) => method.text)]) {
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      expect(textBlocks(text).flatMap((block) => words(block.text))).toEqual(words(text));
    }
    const kubePod = textBlocks(info.methods[0]?.text ?? "");
    expect(kubePod.filter((block) => block.kind === "code").map((block) => block.text)[0]).toMatch(/^POD=\$\(kubectl get pods .*--field-selector spec\.nodeName=\$NODE_NAME/);
  });
});
