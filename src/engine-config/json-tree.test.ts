// The strict JSON parser accepts what JSON.parse accepts (Go's json too), refuses the rest, and
// knows where every value is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonText } from "./json-text";
import { parseJsonTree, type JsonNode } from "./json-tree";

function nodes(node: JsonNode | undefined): JsonNode[] {
  return node ? [node, ...(node.children ?? []).flatMap(nodes)] : [];
}

describe("parseJsonTree", () => {
  it("reads any JSON as JSON.parse does, every node at its place in the text", () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(undefined, 2, "\t"), (json, space) => {
        const text = JSON.stringify(JSON.parse(json), null, space);
        const parsed = parseJsonText(text);
        expect(parsed.problems).toEqual([]);
        expect(JSON.parse(JSON.stringify(parsed.value))).toEqual(JSON.parse(text));
        for (const node of nodes(parsed.root)) {
          const slice = text.slice(node.offset, node.offset + node.length);
          if (node.type === "property") expect(JSON.parse(`{${slice}}`)).toBeTypeOf("object");
          else if ("value" in node) expect(JSON.parse(slice)).toEqual(node.value);
          else expect(JSON.parse(slice)).toBeTypeOf("object");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a __proto__ key as data, as JSON.parse does (fast-check found it: seed 1489965315)", () => {
    const parsed = parseJsonText('{"__proto__": {"a": 1}, "b": 2}');
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.value as object)).toEqual(["__proto__", "b"]);
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(parsed.value))).toEqual(JSON.parse('{"__proto__": {"a": 1}, "b": 2}'));
  });

  it.each([
    ['{"a": 1,}', "trailing comma"],
    ["[1, 2,]", "trailing comma"],
    ['{"a": 1 // x\n}', "a comma or } is expected"],
    ['{/* x */ "a": 1}', "comments are not JSON"],
    ["{'a': 1}", "a key in double quotes"],
    ['{"a": 01}', "a comma or } is expected"],
    ['{"a": .5}', "a value is expected"],
    ['{"a": +1}', "a value is expected"],
    ['{"a": NaN}', "a value is expected"],
    ['{"a": "tab\there"}', "control character"],
    ['{"a": "\\x41"}', "invalid escape"],
    ['{"a" 1}', "a colon is expected"],
    ['{"a": "open', "not closed"],
    ['{"a": ', "the text ends"],
  ])("refuses %j (%s), as JSON.parse does", (text, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const { errors } = parseJsonTree(text);
    expect(errors[0]?.message).toContain(message);
  });

  it("marks text after the value, which Go's decoder leaves unread", () => {
    expect(parseJsonTree("{} {}").errors).toEqual([{ message: "text after the JSON value", offset: 3, trailing: true }]);
    expect(parseJsonTree("  \n").root).toBeUndefined();
  });
});
