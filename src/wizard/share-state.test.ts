import { describe, expect, it } from "vitest";
import { parseValuesText } from "../document/values-document";
import { decodeShareLink } from "../share/share-link";
import type { Table } from "../values/tree";
import { shareLinkFor, textStateFrom } from "./share-state";

const release = { name: "ci", namespace: "builds" };

/** values.yaml as a colleague gets it back from the link made of `text`. */
function throughLink(text: string): string {
  const parsed = parseValuesText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const link = shareLinkFor(release, parsed.values as Table);
  if (!link.ok) throw new Error(link.reason);
  const decoded = decodeShareLink(`#${link.hash}`);
  if (!decoded.ok) throw new Error(decoded.message);
  return textStateFrom(decoded.state).valuesText;
}

describe("a share link keeps the values file's key order", () => {
  it("at the top and in nested tables, the defaults' order notwithstanding", () => {
    const text = [
      "magicache:",
      "  enabled: true",
      "  url: https://cache.example",
      "engine:",
      "  port: 1234",
      "  kind: StatefulSet",
      "  statefulSet:",
      "    replicas: 2",
      "    podManagementPolicy: Parallel",
      "nodeSelector:",
      "  zone: b",
      "  arch: arm64",
      "",
    ].join("\n");
    expect(throughLink(text)).toBe(text);
  });

  it("with a removed default where the user put it", () => {
    const text = ["engine:", "  readinessProbe: null", "  port: 1234", ""].join("\n");
    expect(throughLink(text)).toBe(text);
  });
});
