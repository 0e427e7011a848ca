// An import's reading in the worker: progress in order, the outcome before the text is read
// ahead, and nothing read ahead for a text that cannot be imported.
import { describe, expect, it } from "vitest";
import { importReading, type TImportOutcome, type TImportProgress } from "./import-reading";
import { MIGRATION_KEY_LIMIT } from "./large-text";

function run(text: string, block?: string) {
  const events: string[] = [];
  const progress: TImportProgress[] = [];
  let outcome: TImportOutcome | undefined;
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

  it("sends a file's values only up to MIGRATION_KEY_LIMIT keys: the page uses them only to migrate", () => {
    const labels = (count: number) => `labels:\n${Array.from({ length: count }, (_, index) => `  label-${index}: x\n`).join("")}`;
    const small = run(labels(MIGRATION_KEY_LIMIT - 1)).outcome;
    expect(small).toMatchObject({ kind: "values", keys: MIGRATION_KEY_LIMIT, values: { labels: { "label-0": "x" } } });
    const large = run(labels(MIGRATION_KEY_LIMIT)).outcome;
    expect(large).toMatchObject({ kind: "values", keys: MIGRATION_KEY_LIMIT + 1 });
    expect(large).not.toHaveProperty("values");
  });
});
