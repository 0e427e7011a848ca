// A field typed into before the writing code has loaded: its write waits for the code, and the
// flushes after it still settle (an export awaits them).
import { describe, expect, it, vi } from "vitest";
import { WizardStore } from "./wizard-store";

vi.mock("../worker/worker-client", () => ({ writeInWorker: vi.fn() }));
vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 0));
vi.stubGlobal("cancelAnimationFrame", (id: ReturnType<typeof setTimeout>) => clearTimeout(id));

const { afterTyping, flushWrites, typedAndWaiting, writeField } = await import("./field-writes");
const release = { name: "dagger", namespace: "dagger" };

describe("field writes", () => {
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
});
