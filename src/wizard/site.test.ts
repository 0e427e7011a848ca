import { describe, expect, it } from "vitest";
import { parseYaml11 } from "../yaml/yaml11";
import { siteAddresses, withSchemaModeline } from "./site";

describe("siteAddresses", () => {
  it.each([
    ["https://tools.example.com/dagger/", "https://tools.example.com/dagger"],
    ["https://tools.example.com/dagger/index.html?x=1#/share=abc", "https://tools.example.com/dagger"],
    ["http://127.0.0.1:4173/", "http://127.0.0.1:4173"],
    ["http://127.0.0.1:4173/#release", "http://127.0.0.1:4173"],
    ["https://example.com/a%20b/page", "https://example.com/a%20b"],
  ])("takes the folder of %s", (page, site) => {
    expect(siteAddresses(page)).toEqual({ site, chartsUrl: `${site}/charts`, schemaUrl: `${site}/values.schema.json`, servedOverHttp: true });
  });

  it("says when the page is not served over HTTP", () => {
    expect(siteAddresses("file:///home/me/dist/index.html")).toMatchObject({ site: "file:///home/me/dist", servedOverHttp: false });
  });
});

describe("withSchemaModeline", () => {
  const url = "https://tools.example.com/dagger/values.schema.json";

  it("puts the schema line first and changes nothing else", () => {
    const text = "# my engine\nengine:\n  kind: StatefulSet\n";
    const result = withSchemaModeline(text, url);
    expect(result).toBe(`# yaml-language-server: $schema=${url}\n${text}`);
    expect(parseYaml11(result)).toEqual(parseYaml11(text));
    expect(withSchemaModeline("", url)).toBe(`# yaml-language-server: $schema=${url}\n`);
  });

  it("replaces a schema line the text starts with, rather than adding a second", () => {
    const old = "# yaml-language-server: $schema=http://old.example/values.schema.json\nengine: {}\n";
    expect(withSchemaModeline(old, url)).toBe(`# yaml-language-server: $schema=${url}\nengine: {}\n`);
  });
});
