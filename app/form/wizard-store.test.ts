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

describe("upgrade mode", () => {
  const deployed = { text: "engine:\n  kind: StatefulSet\n", name: "deployed.yaml" };
  const request = (text: string) => ({ deployed: { ...deployed, text }, release, valuesText: "", chartsUrl: "http://localhost/charts" });
  const reading = { ok: false, cause: "deployed", message: "x" } as const;

  it("keeps the newest reading of the baseline shown, and drops it with the baseline", () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    store.setDeployed(deployed);
    store.acceptUpgrade(2, request(deployed.text), reading);
    store.acceptUpgrade(1, request(deployed.text), { ...reading, message: "older" });
    expect(store.getState().upgrade).toEqual({ version: 2, reading });
    // A reading of another baseline (one replaced meanwhile) is not this one's.
    store.acceptUpgrade(3, request("other: 1\n"), { ...reading, message: "other" });
    expect(store.getState().upgrade?.version).toBe(2);
    store.setDeployed(undefined);
    expect([store.getState().deployed, store.getState().upgrade]).toEqual([undefined, undefined]);
  });

  it("starts in upgrade mode from a share link that carries what runs", () => {
    const store = new WizardStore({ state: { release, valuesText: "" }, deployed });
    expect(store.getState().deployed).toEqual(deployed);
  });
});
