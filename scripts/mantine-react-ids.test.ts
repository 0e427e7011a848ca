import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANTINE_USE_ID, withReactIds } from "./mantine-react-ids";

// The module as installed: the build transforms this very file.
const hooksEntry = createRequire(import.meta.url).resolve("@mantine/hooks");
const hooksDir = hooksEntry.slice(0, hooksEntry.lastIndexOf("@mantine/hooks") + "@mantine/hooks".length);
const useIdPath = join(hooksDir, "esm/use-id/use-id.mjs");
const installed = readFileSync(useIdPath, "utf8");

describe("Mantine's useId in the build", () => {
  it("names the installed module", () => {
    expect(MANTINE_USE_ID.test(useIdPath)).toBe(true);
    expect(MANTINE_USE_ID.test(join(hooksDir, "esm/use-id-other/use-id.mjs"))).toBe(false);
  });

  it("keeps React's id: the effect that set a random one after the first commit is gone", () => {
    expect(installed).toContain("setUuid(randomId())");
    const built = withReactIds(installed);
    expect(built).not.toContain("setUuid(randomId())");
    expect(built).not.toContain("useIsomorphicEffect(");
    // The rest of the hook stays: React's id, and a static id when one is given.
    expect(built).toContain("useId()");
    expect(built).toContain('if (typeof staticId === "string") return staticId;');
  });

  it("stops the build when the module no longer reads as expected", () => {
    expect(() => withReactIds(installed.replace("setUuid(randomId());", "setUuid(nextId());"))).toThrow(/no longer has the effect/);
  });
});
