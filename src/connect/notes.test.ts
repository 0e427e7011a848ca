// The core's NOTES text (the texts of the wizard's Connect step) is exactly what Helm renders
// from NOTES.txt: for the ci/ scenarios and random values files, with Helm 4 and Helm 3.
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryRelease, arbitraryValues } from "../../test/arbitrary-values";
import { ciScenarios } from "../../test/ci-values";
import { mapLimit } from "../../test/helm";
import { helmNotes } from "../../test/helm-notes";
import { validateValues } from "../render/validate";
import { connectContext } from "./endpoints";
import { notesText, shellWord } from "./notes";

const RUNS = Number(process.env.NOTES_RUNS ?? 40);
const SEED = Number(process.env.PARITY_SEED ?? Math.floor(Math.random() * 2 ** 31));

interface Case {
  values: unknown;
  release: { releaseName: string; namespace: string };
}

function coreNotes(item: Case): string {
  const { values, problems } = validateValues(item.values, item.release.releaseName);
  if (problems.length || !values) throw new Error(problems.map((problem) => problem.message).join("; "));
  return notesText(connectContext(values, item.release));
}

async function mismatches(cases: Case[]): Promise<string[]> {
  const results = await mapLimit(cases, 4, async (item, index) => {
    const major = index % 3 === 2 ? 3 : 4;
    const helm = await helmNotes(major, item.values, item.release);
    if (!helm.ok) return [`Helm ${major} failed: ${helm.stderr}\n${JSON.stringify(item)}`];
    const core = coreNotes(item);
    return core === helm.notes ? [] : [`Helm ${major} ≠ core (seed ${SEED}):\n--- helm\n${helm.notes}\n--- core\n${core}\n--- case ${JSON.stringify(item)}`];
  });
  return results.flat();
}

describe("the core's NOTES text equals Helm's", () => {
  it("for every ci/ scenario", async () => {
    const cases = ciScenarios().map(({ values }) => ({ values, release: { releaseName: "ci", namespace: "builds" } }));
    expect(cases.length).toBeGreaterThan(10);
    expect((await mismatches(cases)).slice(0, 1)).toEqual([]);
  }, 300_000);

  it(`for ${RUNS} random values files`, async () => {
    const draws = fc.sample(fc.record({ values: arbitraryValues, release: arbitraryRelease }), { numRuns: RUNS * 3, seed: SEED }) as Case[];
    const cases = draws.filter((item) => !validateValues(item.values, item.release.releaseName).problems.length).slice(0, RUNS);
    expect(cases).toHaveLength(RUNS);
    expect((await mismatches(cases)).slice(0, 1)).toEqual([]);
  }, 600_000);
});

describe("shellWord", () => {
  it.each(["unix:///run/dagger/engine.sock", "unix:///run/dagger-agent 1's $HOME `x`/engine.sock", "a'b''c", "{{ .Values.uuid }}"])("gives %j back through sh", (text) => {
    expect(execFileSync("sh", ["-c", `printf %s ${shellWord(text)}`], { encoding: "utf8" })).toBe(text);
  });
});
