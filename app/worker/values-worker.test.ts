// The values worker's messages: a field's write into a large text is read ahead, so the page's read
// request for the written text finds its reading made; a request that asks for something else is
// read anew. Texts cross as the page sends them (kept-text.ts): the part that changed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTextEdit, TextSender } from "./kept-text";
import type { TSentRequest, TWorkerAnswer } from "./protocol";

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
const scope = { postMessage: (answer: TWorkerAnswer) => void answers.push(answer), onmessage: null as ((event: { data: TSentRequest }) => void) | null };
vi.stubGlobal("self", scope);
await import("./values.worker");

/** Sends a request and lets the worker's scheduled reading run. */
async function send(request: TSentRequest): Promise<void> {
  scope.onmessage!({ data: request });
  await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The page's side of the texts' channel (worker-client.ts). */
const texts = new TextSender();
const release = { name: "dagger", namespace: "ci" };

function read(version: number, valuesText: string, to = release) {
  return send({ kind: "read", version, release: to, valuesText: texts.send(valuesText), changes: false });
}

/** A write of nameOverride into `from`, sent as the page sends it; the written text, whole again. */
async function write(id: number, from: string, value: string, wait = true): Promise<string> {
  const message: TSentRequest = { kind: "write", id, text: texts.send(from), path: "nameOverride", value };
  if (wait) await send(message);
  else scope.onmessage!({ data: message });
  const answer = answers.findLast((item) => item.kind === "write");
  if (answer?.kind !== "write" || answer.id !== id) throw new Error("no write answer");
  return applyTextEdit(from, answer.written.text);
}
const text = `nameOverride: dagger\nengine:\n  env:\n${Array.from({ length: 300 }, (_, index) => `    - name: VAR_${index}\n      value: v${index}\n`).join("")}`;

afterEach(() => {
  answers.length = 0;
});

describe("the values worker", () => {
  it("reads a written text ahead: the page's read request for it parses and validates nothing more", async () => {
    await read(1, text);
    expect(answers.at(-1)).toMatchObject({ kind: "reading", version: 1 });
    const before = reads.count;
    const written = await write(7, text, "daggerx");
    expect(written).toContain("nameOverride: daggerx\n");
    // The reading ahead: made, not sent.
    expect(reads.count).toBe(before + 1);
    expect(answers.filter((answer) => answer.kind === "reading")).toHaveLength(1);
    await read(2, written);
    expect(reads.count).toBe(before + 1);
    const reading = answers.at(-1);
    if (reading?.kind !== "reading" || !reading.reading.manifests?.ok) throw new Error("no reading of the written text");
    expect(reading.version).toBe(2);
    expect(reading.reading.manifests.manifestsText).toContain("app.kubernetes.io/name: daggerx");
  });

  it("reads ahead only the newest of writes that come in a row", async () => {
    await read(5, text);
    const before = reads.count;
    const first = await write(9, text, "daggera", false);
    const second = await write(10, first, "daggerab");
    expect(reads.count).toBe(before + 1);
    await read(6, second);
    expect(reads.count).toBe(before + 1);
  });

  it("reads anew when the page asks for another release than the one read ahead for", async () => {
    await read(3, text);
    const written = await write(8, text, "daggery");
    const before = reads.count;
    await read(4, written, { name: "other", namespace: "ci" });
    expect(reads.count).toBe(before + 1);
    const reading = answers.at(-1);
    if (reading?.kind !== "reading" || !reading.reading.manifests?.ok) throw new Error("no reading");
    expect(reading.reading.manifests.manifestsText).toContain("app.kubernetes.io/instance: other");
  });

  it("sends a keystroke's text both ways as the part that changed, and reads the same text as one sent whole", async () => {
    await read(11, text);
    const request = texts.send(text);
    // The same text again: nothing of it crosses.
    expect(request).toEqual({ head: text.length, tail: 0, insert: "" });
    await send({ kind: "write", id: 12, text: request, path: "nameOverride", value: "daggerz" });
    const answer = answers.findLast((item) => item.kind === "write");
    if (answer?.kind !== "write") throw new Error("no write answer");
    const typed = { head: "nameOverride: dagger".length, tail: text.length - "nameOverride: dagger".length, insert: "z" };
    expect(answer.written.text).toEqual(typed);
    const written = applyTextEdit(text, answer.written.text);
    // The read request for the written text: the same one character, against the text the write was sent.
    const sent = texts.send(written);
    expect(sent).toEqual(typed);
    await send({ kind: "read", version: 13, release, valuesText: sent, changes: false });
    const byEdit = answers.at(-1);
    // The same reading as the whole text gets.
    await send({ kind: "read", version: 14, release, valuesText: written, changes: false });
    texts.send(written);
    const whole = answers.at(-1);
    if (byEdit?.kind !== "reading" || whole?.kind !== "reading") throw new Error("no readings");
    expect(byEdit.reading.manifests).toEqual(whole.reading.manifests);
    expect(byEdit.reading.manifests?.ok && byEdit.reading.manifests.manifestsText).toContain("app.kubernetes.io/name: daggerz");
  });
});
