// A field typed into changes its value's text and nothing else: the rest of the text stays byte
// for byte as written (printing the whole document would tidy it), and the next write, of the same
// node or another, lands where it should.
import { describe, expect, it } from "vitest";
import { writeField } from "../wizard/field-write";
import { parseValuesText } from "./values-document";

const TEXT = `# mine
nameOverride: "dagger"   # quoted on purpose
engine:
  labels:   {team: build}
  port:     1234
fullnameOverride: ""
`;

function valuesOf(text: string): unknown {
  const read = parseValuesText(text);
  if (!read.ok) throw new Error(read.message);
  return read.values;
}

describe("a scalar written in place", () => {
  it("changes the value's text only, however the rest is spaced", () => {
    let text = TEXT;
    for (const name of ["daggerx", "daggerxy", "daggerx"]) {
      const written = writeField(text, "nameOverride", name);
      expect(written.text).toBe(TEXT.replace('"dagger"', name));
      expect(valuesOf(written.text)).toEqual(written.values);
      text = written.text;
    }
  });

  it("quotes what YAML 1.1 would read as something else, and moves what follows", () => {
    let text = writeField(TEXT, "nameOverride", "yes").text;
    expect(text).toBe(TEXT.replace('"dagger"', '"yes"'));
    text = writeField(text, "engine.port", 8080).text;
    text = writeField(text, "fullnameOverride", "full-name").text;
    text = writeField(text, "nameOverride", "on-and-on").text;
    expect(text).toBe(TEXT.replace('"dagger"', "on-and-on").replace("port:     1234", "port:     8080").replace('fullnameOverride: ""', "fullnameOverride: full-name"));
    expect(valuesOf(text)).toMatchObject({ nameOverride: "on-and-on", fullnameOverride: "full-name", engine: { port: 8080, labels: { team: "build" } } });
  });

  it("after a write that prints the whole document, still writes what the text reads as", () => {
    let text = writeField(TEXT, "nameOverride", "a").text;
    text = writeField(text, "engine.env", [{ name: "A", value: "1" }]).text;
    for (const name of ["ab", "abc"]) text = writeField(text, "nameOverride", name).text;
    text = writeField(text, "fullnameOverride", "x").text;
    expect(valuesOf(text)).toMatchObject({ nameOverride: "abc", fullnameOverride: "x", engine: { env: [{ name: "A", value: "1" }], port: 1234 } });
  });

  it("keeps the other documents of a file, and reaches past its first line", () => {
    const file = "# head\n---\nnameOverride: a\nfullnameOverride: b\n---\nlabels:\n  x: y\n";
    let text = writeField(file, "nameOverride", "aa").text;
    text = writeField(text, "fullnameOverride", "bb").text;
    expect(text).toBe("# head\n---\nnameOverride: aa\nfullnameOverride: bb\n---\nlabels:\n  x: y\n");
  });
});
