// The store's start: exports wait for the saved settings (or a link) to be read, never taking the
// empty text the page holds meanwhile.
import { describe, expect, it } from "vitest";
import { wizardReading } from "../../src";
import { WizardStore } from "./wizard-store";

const release = { name: "dagger", namespace: "dagger" };

describe("whenStarted", () => {
  it("resolves at once for a first visit, whose empty text needs no reading", async () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    await expect(store.whenStarted()).resolves.toBeUndefined();
  });

  it("waits for the reading of the saved text, then holds that text", async () => {
    const store = new WizardStore(undefined);
    let started = false;
    const waiting = store.whenStarted().then(() => {
      started = true;
      return store.getState().text;
    });
    const saved = "engine:\n  kind: StatefulSet\n";
    store.start({ state: { release, valuesText: saved } });
    await Promise.resolve();
    expect(started).toBe(false);
    const { version } = store.getState();
    store.acceptReading(version, wizardReading({ release, valuesText: saved }));
    await expect(waiting).resolves.toBe(saved);
  });
});
