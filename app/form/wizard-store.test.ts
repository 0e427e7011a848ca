// The store's start: exports wait for the saved settings (or a link) to be read, never taking the
// empty text the page holds meanwhile.
import { describe, expect, it } from "vitest";
import { defaultValues, mergeValueFiles, wizardReading, wizardValuesReading, type Table } from "../../src";
import { formValuesOf, shapedLike, sharedFormValues, WizardStore } from "./wizard-store";

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

describe("formValuesOf", () => {
  it("keeps a removed default as null (the field shows it off) and fills in the other defaults", () => {
    const values = formValuesOf({ engine: { readinessProbe: null } });
    expect(values.engine.readinessProbe).toBeNull();
    expect(values.engine.image.pullPolicy).toBe("IfNotPresent");
  });
});

describe("shapedLike: the form's values in the chart's shape", () => {
  const defaults = defaultValues() as Table;

  it("gives the default where values.yaml has a value of another kind, and keeps the rest", () => {
    const values = formValuesOf({ fullnameOverride: { a: 1 }, engine: { hostPath: 5, env: { FOO: "bar" }, kind: "StatefulSet", tolerations: 5 } } as Table);
    expect(values.fullnameOverride).toBe(defaults.fullnameOverride);
    expect(values.engine.hostPath).toEqual((defaults.engine as Table).hostPath);
    expect(values.engine.env).toEqual((defaults.engine as Table).env);
    expect(values.engine.tolerations).toEqual((defaults.engine as Table).tolerations);
    expect(values.engine.kind).toBe("StatefulSet");
    expect(formValuesOf({ engine: 5 } as Table).engine).toEqual(defaults.engine);
  });

  it("keeps a scalar of another type: a number or a boolean where the chart has a string shows as that string", () => {
    expect(formValuesOf({ nameOverride: 123, engine: { image: { tag: true }, terminationGracePeriodSeconds: "600" } } as Table)).toMatchObject({
      nameOverride: "123",
      engine: { image: { tag: "true" }, terminationGracePeriodSeconds: "600" },
    });
  });

  it("keeps a null (a removed default), a key the defaults lack, and the very object when nothing is out of shape", () => {
    const user = { engine: { readinessProbe: null, labels: { team: "ci" } }, extra: [1] } as Table;
    const merged = mergeValueFiles([defaults, user]);
    expect(shapedLike(merged, defaults)).toBe(merged);
    expect(shapedLike({ a: [1, 2] }, { a: [] })).toEqual({ a: [1, 2] });
    expect(shapedLike(undefined, { a: 1 })).toBeUndefined();
  });

  it("copies only the tables on the way to a value it changes", () => {
    const merged = mergeValueFiles([defaults, { labels: { a: "b" }, engine: { hostPath: 5 } } as Table]) as Table;
    const shaped = shapedLike(merged, defaults) as Table;
    expect(shaped).not.toBe(merged);
    expect(shaped.labels).toBe(merged.labels);
    expect((shaped.engine as Table).image).toBe((merged.engine as Table).image);
  });
});

describe("the form's values after a change", () => {
  const labels = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`team/label-${index}`, `v${index}`]));
  const before = { user: { labels, engine: { kind: "StatefulSet" } } as Table, version: 1 };
  const shown = { ...before, values: formValuesOf(before.user) };

  it("are formValuesOf's, and keep the earlier table of each top-level key the change left alone", () => {
    const user: Table = { labels: { ...labels }, engine: { kind: "DaemonSet" }, nameOverride: "big" };
    const values = sharedFormValues(user, shown);
    expect(values).toEqual(formValuesOf(user));
    expect((values as Table).labels).toBe((shown.values as Table).labels);
    expect((values as Table).engine).not.toBe((shown.values as Table).engine);
  });

  it("merge a key again when it was removed, or when values typed into it were shown before being written", () => {
    const removed: Table = { engine: { kind: "StatefulSet" } };
    expect(sharedFormValues(removed, shown)).toEqual(formValuesOf(removed));
    const pending = { ...shown, values: { ...shown.values, labels: { typed: "x" } } as never, pending: ["labels"] };
    const values = sharedFormValues(before.user, pending);
    expect(values).toEqual(formValuesOf(before.user));
  });

  it("keep pending values on show while a reading of the same text comes back", () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    store.setWrittenText("nameOverride: a\n", { nameOverride: "a" });
    const { version } = store.getState();
    store.showPending({ ...store.getState().form.values, nameOverride: "ab" });
    store.acceptReading(version, wizardReading({ release, valuesText: "nameOverride: a\n" }));
    expect(store.getState().form.values.nameOverride).toBe("ab");
    store.setWrittenText("nameOverride: ab\n", { nameOverride: "ab" });
    store.acceptReading(version + 1, wizardReading({ release, valuesText: "nameOverride: ab\n" }));
    expect(store.getState().form.values.nameOverride).toBe("ab");
    expect(store.getState().form.pending).toBeUndefined();
  });
});

describe("a large text's values, sent ahead of its manifests", () => {
  it("start the form and leave the preview as it was until the manifests come", () => {
    const saved = "engine:\n  kind: StatefulSet\n";
    const store = new WizardStore({ state: { release, valuesText: saved } });
    const { version } = store.getState();
    const full = wizardReading({ release, valuesText: saved });
    store.acceptReading(version, { values: wizardValuesReading({ release, valuesText: saved }) });
    expect(store.getState().started).toBe(true);
    expect(store.getState().form.values.engine.kind).toBe("StatefulSet");
    expect(store.getState().preview.ready).toBe(false);
    store.acceptReading(version, full);
    expect(store.getState().preview.ready).toBe(true);
    expect(store.getState().preview.current?.manifestsText).toContain("kind: StatefulSet");
  });
});

describe("values typed and not written yet", () => {
  it("show at once, and a failed write drops them: the form shows the text's values again", () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    const before = store.getState().form.values;
    store.showPending({ ...before, nameOverride: "typed" });
    expect(store.getState().form.values.nameOverride).toBe("typed");
    expect(store.getState().form.pending).toEqual(["nameOverride"]);
    store.dropPending();
    expect(store.getState().form.pending).toBeUndefined();
    expect(store.getState().form.values).toEqual(before);
  });

  it("are replaced by the write that lands", () => {
    const store = new WizardStore({ state: { release, valuesText: "" } });
    store.showPending({ ...store.getState().form.values, nameOverride: "typed" });
    store.setWrittenText("nameOverride: typed\n", { nameOverride: "typed" });
    expect(store.getState().form.pending).toBeUndefined();
    expect(store.getState().form.values.nameOverride).toBe("typed");
  });
});
