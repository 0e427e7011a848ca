// An import's reading in the worker: progress in order, the outcome before the text is read
// ahead, and nothing read ahead for a text that cannot be imported.
import { describe, expect, it } from "vitest";
import type { ImportOutcome } from "../../src";
import { importReading, type TImportProgress } from "./import-reading";

function run(text: string, block?: string) {
  const events: string[] = [];
  const progress: TImportProgress[] = [];
  let outcome: ImportOutcome | undefined;
  importReading(
    { text, block },
    (step) => {
      progress.push(step);
      events.push(`progress ${step.stage}`);
    },
    (answer) => {
      outcome = answer;
      events.push("answer");
    },
    (ahead) => events.push(`read ahead ${ahead}`),
  );
  return { events, progress, outcome };
}

describe("importReading", () => {
  it("answers, then reads the text to import ahead", () => {
    const { events, progress, outcome } = run("engine:\n  kind: StatefulSet\n");
    expect(outcome?.kind).toBe("values");
    expect(events.slice(-2)).toEqual(["answer", "read ahead engine:\n  kind: StatefulSet\n"]);
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
  });

  it("reads ahead a parent chart's block as it will be imported", () => {
    const { events, outcome } = run("dagger:\n  engine:\n    kind: StatefulSet\n", "dagger");
    expect(outcome?.kind).toBe("values");
    expect(events.at(-1)).toBe("read ahead engine:\n  kind: StatefulSet\n");
  });

  it("reads nothing ahead for broken YAML, and says where it broke", () => {
    const { events, outcome } = run("engine: [\n");
    expect(outcome).toMatchObject({ kind: "error", position: { line: expect.any(Number) } });
    expect(events.at(-1)).toBe("answer");
  });
});
