// A field typed into before the writing code has loaded: its write waits for the code, and the
// flushes after it still settle (an export awaits them).
import { describe, expect, it, vi } from "vitest";
import { WORKER_WRITE_CHARS } from "../worker/large-text";
import { writeInWorker } from "../worker/worker-client";
import { WizardStore } from "./wizard-store";

vi.mock("../worker/worker-client", () => ({ writeInWorker: vi.fn() }));
// The writing code loads when the first test lets it.
let letLoad: () => void = () => undefined;
const loadAllowed = new Promise<void>((resolve) => (letLoad = resolve));
vi.mock("./text-edits", async () => {
  await loadAllowed;
  return vi.importActual("./text-edits");
});
vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 0));
vi.stubGlobal("cancelAnimationFrame", (id: ReturnType<typeof setTimeout>) => clearTimeout(id));

const { afterTyping, flushWrites, typedAndWaiting, writeField } = await import("./field-writes");
const release = { name: "dagger", namespace: "dagger" };

describe("field writes", () => {
  it("a change that is not a values write (the editor's text) is made before the writing code has loaded", async () => {
    try {
      const store = new WizardStore({ state: { release, valuesText: "" } });
      afterTyping("values.yaml editor", () => store.setText("# typed\n"));
      void flushWrites();
      expect(store.getState().text, "the editor's text, made by the flush at once").toBe("# typed\n");
      // A values write still waits for the code, and a change typed after it waits behind it.
      writeField(store, "nameOverride", "a", () => undefined);
      afterTyping("values.yaml editor", () => store.setText(`${store.getState().text}# after\n`));
      const flushed = flushWrites();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(store.getState().text).toBe("# typed\n");
      letLoad();
      await flushed;
      expect(store.getState().text).toBe("# typed\nnameOverride: a\n# after\n");
    } finally {
      letLoad();
    }
  });

  it("write a key typed before the writing code loaded, and later flushes settle", async () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    const errors: string[] = [];
    writeField(store, "nameOverride", "a", (_, message) => errors.push(message));
    expect(store.getState().form.values.nameOverride).toBe("a");
    await flushWrites();
    expect(store.getState().text).toBe("nameOverride: a\n");
    writeField(store, "nameOverride", "ab", (_, message) => errors.push(message));
    await flushWrites();
    expect(store.getState().text).toBe("nameOverride: ab\n");
    expect(errors).toEqual([]);
  }, 10_000);

  it("a value its input shows is not put in the store by the key: the write brings it, and it waits until then", async () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    await flushWrites();
    const before = store.getState();
    writeField(store, "nameOverride", "typed", () => undefined, { inputShows: true });
    expect(store.getState()).toBe(before);
    expect(typedAndWaiting("nameOverride")).toBe(true);
    expect(typedAndWaiting("fullnameOverride")).toBe(false);
    await flushWrites();
    expect(store.getState().text).toBe("nameOverride: typed\n");
    expect(store.getState().form.values.nameOverride).toBe("typed");
    expect(store.getState().form.pending).toBeUndefined();
    expect(typedAndWaiting("nameOverride")).toBe(false);
  });

  it("a change typed elsewhere (a release field) comes after the paint, in order with the writes, the last of one key only", async () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    await flushWrites();
    const made: string[] = [];
    writeField(store, "nameOverride", "a", () => undefined, { inputShows: true });
    afterTyping("release.name", () => made.push(`name dagger-a, text ${JSON.stringify(store.getState().text)}`));
    afterTyping("release.name", () => made.push(`name dagger-ab, text ${JSON.stringify(store.getState().text)}`));
    expect(typedAndWaiting("release.name")).toBe(true);
    expect(made).toEqual([]);
    // After the next frame, without a flush.
    await vi.waitFor(() => expect(made).toEqual(['name dagger-ab, text "nameOverride: a\\n"']));
    expect(typedAndWaiting("release.name")).toBe(false);
    afterTyping("release.namespace", () => made.push("namespace"));
    await flushWrites();
    expect(made.at(-1)).toBe("namespace");
  });

  it("a large text's write goes to the worker after the frame that shows the typed key, not from the keystroke", async () => {
    const comment = `# ${"x".repeat(WORKER_WRITE_CHARS)}\n`;
    const store = new WizardStore({ state: { release, valuesText: comment } });
    await flushWrites();
    const sent = vi.mocked(writeInWorker);
    sent.mockClear();
    sent.mockResolvedValue({ text: `${comment}nameOverride: a\n`, values: { nameOverride: "a" } });
    writeField(store, "nameOverride", "a", () => undefined, { inputShows: true });
    // What the keystroke's own microtasks do.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(sent, "sent while the key's frame is still to come").not.toHaveBeenCalled();
    expect(typedAndWaiting("nameOverride")).toBe(true);
    await flushWrites();
    expect(sent).toHaveBeenCalledWith(comment, "nameOverride", "a");
    expect(store.getState().text).toBe(`${comment}nameOverride: a\n`);
    expect(typedAndWaiting("nameOverride")).toBe(false);
  });
});
