import { describe, expect, it } from "vitest";
import valuesSchema from "../../chart/dagger-helm/values.schema.json";
import { editorSchema, markdownText } from "./editor-schema";

describe("editorSchema", () => {
  it("drops the required lists and adds an escaped markdownDescription beside each description", () => {
    const schema = {
      type: "object",
      required: ["engine"],
      properties: { engine: { type: "object", required: ["ref"], properties: { ref: { type: "string", description: "empty means v<appVersion>" } } } },
    };
    expect(editorSchema(schema)).toEqual({
      type: "object",
      properties: {
        engine: { type: "object", properties: { ref: { type: "string", description: "empty means v<appVersion>", markdownDescription: "empty means v\\<appVersion\\>" } } },
      },
    });
  });

  it("leaves the chart's schema file untouched and covers every description in it", () => {
    const before = JSON.stringify(valuesSchema);
    const result = JSON.stringify(editorSchema(valuesSchema));
    expect(JSON.stringify(valuesSchema)).toBe(before);
    expect(result.match(/"markdownDescription":/g)?.length).toBe(before.match(/"description":/g)?.length);
    expect(result).not.toContain('"required":');
  });
});

describe("markdownText", () => {
  it("escapes what markdown or HTML would swallow and keeps line breaks as paragraphs", () => {
    expect(markdownText("a <b> & *c* [d](e) `f`\nnext")).toBe("a \\<b\\> \\& \\*c\\* \\[d\\]\\(e\\) \\`f\\`\n\nnext");
  });
});
