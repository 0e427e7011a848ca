// A field typed into before the writing code has loaded: its write waits for the code, and the
// flushes after it still settle (an export awaits them).
import { describe, expect, it, vi } from "vitest";
import { WizardStore } from "./wizard-store";

vi.mock("../worker/worker-client", () => ({ writeInWorker: vi.fn() }));
vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 0));
vi.stubGlobal("cancelAnimationFrame", (id: ReturnType<typeof setTimeout>) => clearTimeout(id));

const { flushWrites, writeField } = await import("./field-writes");
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
});
