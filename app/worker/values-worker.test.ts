// The values worker's messages: a field's write into a large text is read ahead, so the page's read
// request for the written text finds its reading made; a request that asks for something else is
// read anew.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TWorkerAnswer, TWorkerRequest } from "./protocol";

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src", async (actual) => {
  const core = await actual<typeof import("../../src")>();
  return {
    ...core,
    wizardValuesReading: (...args: Parameters<typeof core.wizardValuesReading>) => {
      reads.count++;
      return core.wizardValuesReading(...args);
    },
  };
});

const answers: TWorkerAnswer[] = [];
const scope = { postMessage: (answer: TWorkerAnswer) => void answers.push(answer), onmessage: null as ((event: { data: TWorkerRequest }) => void) | null };
vi.stubGlobal("self", scope);
await import("./values.worker");

/** Sends a request and lets the worker's scheduled reading run. */
async function send(request: TWorkerRequest): Promise<void> {
  scope.onmessage!({ data: request });
  await new Promise((resolve) => setTimeout(resolve, 5));
}

const release = { name: "dagger", namespace: "ci" };
const text = `nameOverride: dagger\nengine:\n  env:\n${Array.from({ length: 300 }, (_, index) => `    - name: VAR_${index}\n      value: v${index}\n`).join("")}`;

afterEach(() => {
  answers.length = 0;
});

describe("the values worker", () => {
  it("reads a written text ahead: the page's read request for it parses and validates nothing more", async () => {
    await send({ kind: "read", version: 1, release, valuesText: text, changes: false });
    expect(answers.at(-1)).toMatchObject({ kind: "reading", version: 1 });
    const before = reads.count;
    await send({ kind: "write", id: 7, text, path: "nameOverride", value: "daggerx" });
    const written = answers.find((answer) => answer.kind === "write");
    if (written?.kind !== "write") throw new Error("no write answer");
    expect(written.written.text).toContain("nameOverride: daggerx\n");
    // The reading ahead: made, not sent.
    expect(reads.count).toBe(before + 1);
    expect(answers.filter((answer) => answer.kind === "reading")).toHaveLength(1);
    await send({ kind: "read", version: 2, release, valuesText: written.written.text, changes: false });
    expect(reads.count).toBe(before + 1);
    const reading = answers.at(-1);
    if (reading?.kind !== "reading" || !reading.reading.manifests?.ok) throw new Error("no reading of the written text");
    expect(reading.version).toBe(2);
    expect(reading.reading.manifests.manifestsText).toContain("app.kubernetes.io/name: daggerx");
  });

  it("reads ahead only the newest of writes that come in a row", async () => {
    await send({ kind: "read", version: 5, release, valuesText: text, changes: false });
    const before = reads.count;
    scope.onmessage!({ data: { kind: "write", id: 9, text, path: "nameOverride", value: "daggera" } });
    const first = answers.at(-1);
    if (first?.kind !== "write") throw new Error("no write answer");
    await send({ kind: "write", id: 10, text: first.written.text, path: "nameOverride", value: "daggerab" });
    expect(reads.count).toBe(before + 1);
    const second = answers.at(-1);
    if (second?.kind !== "write") throw new Error("no write answer");
    await send({ kind: "read", version: 6, release, valuesText: second.written.text, changes: false });
    expect(reads.count).toBe(before + 1);
  });

  it("reads anew when the page asks for another release than the one read ahead for", async () => {
    await send({ kind: "read", version: 3, release, valuesText: text, changes: false });
    await send({ kind: "write", id: 8, text, path: "nameOverride", value: "daggery" });
    const written = answers.find((answer) => answer.kind === "write");
    if (written?.kind !== "write") throw new Error("no write answer");
    const before = reads.count;
    await send({ kind: "read", version: 4, release: { name: "other", namespace: "ci" }, valuesText: written.written.text, changes: false });
    expect(reads.count).toBe(before + 1);
    const reading = answers.at(-1);
    if (reading?.kind !== "reading" || !reading.reading.manifests?.ok) throw new Error("no reading");
    expect(reading.reading.manifests.manifestsText).toContain("app.kubernetes.io/instance: other");
  });
});
