import { describe, expect, it } from "vitest";
import { forgetState, loadState, SAVED_STATE_KEY, SAVED_STATE_KEY_V1, saveState, type StateStorage } from "./saved-state";
import type { WizardTextState } from "./text-state";

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("saved state", () => {
  const state: WizardTextState = {
    release: { name: "ci", namespace: "builds" },
    valuesText: "# ours\nengine:\n  kind: StatefulSet # one engine\n  readinessProbe: null\nmagicache:\n  enabled: true\n  token: secret-token-value\n",
  };

  it("restores the text as typed, comments included, except the token", () => {
    const storage = memoryStorage();
    saveState(storage, state);
    expect(storage.data.get(SAVED_STATE_KEY)).not.toContain("secret-token-value");
    const loaded = loadState(storage);
    expect(loaded).toEqual({ ok: true, state: { ...state, valuesText: state.valuesText.replace("  token: secret-token-value\n", "") } });
  });

  it("keeps the last saved state when a broken text might hold the token", () => {
    const storage = memoryStorage();
    saveState(storage, { ...state, valuesText: "engine: {}\n" });
    saveState(storage, { ...state, valuesText: "magicache:\n  token: secret-token-value\n  [" });
    expect(storage.data.get(SAVED_STATE_KEY)).toContain("engine: {}");
    saveState(storage, { ...state, valuesText: "engine: [\n" });
    expect(loadState(storage)).toEqual({ ok: true, state: { ...state, valuesText: "engine: [\n" } });
  });

  it("says why it did not save, and keeps the last saved state: a token it cannot take out, a full storage", () => {
    const storage = memoryStorage();
    expect(saveState(storage, state)).toEqual({ saved: true });
    const kept = storage.data.get(SAVED_STATE_KEY);
    const commented = { ...state, valuesText: `${state.valuesText}# token: secret-token-value\n` };
    expect(saveState(storage, commented)).toEqual({ saved: false, message: expect.stringContaining("inside a comment or a longer value, at line 8") });
    expect(storage.data.get(SAVED_STATE_KEY)).toBe(kept);
    const full: StateStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(saveState(full, { ...state, valuesText: "engine: {}\n" })).toEqual({ saved: false, message: expect.stringContaining("QuotaExceededError") });
    expect(storage.data.get(SAVED_STATE_KEY)).toBe(kept);
  });

  it("saves an anchored token's document without it, instead of failing on the alias", () => {
    const storage = memoryStorage();
    const anchored = { ...state, valuesText: "magicache:\n  enabled: true\n  token: &t secret-token-value\nlabels:\n  copy: *t\n  team: a\n" };
    expect(saveState(storage, anchored)).toEqual({ saved: true });
    expect(loadState(storage)).toEqual({ ok: true, state: { ...state, valuesText: "magicache:\n  enabled: true\nlabels:\n  team: a\n" } });
  });

  it("keeps the values when the release name is too long to keep, and says so", () => {
    const storage = memoryStorage();
    const long = { release: { name: "a".repeat(1001), namespace: "builds" }, valuesText: "engine:\n  kind: StatefulSet\n" };
    expect(saveState(storage, long)).toEqual({ saved: true, message: expect.stringContaining("release name is longer than 1,000 characters") });
    expect(loadState(storage)).toEqual({ ok: true, state: { release: { name: "dagger", namespace: "builds" }, valuesText: long.valuesText }, message: expect.stringContaining("not the release name") });
    // An entry an older version wrote that way: the values come back all the same.
    storage.setItem(SAVED_STATE_KEY, JSON.stringify({ n: "a".repeat(1001), s: "builds", t: "engine:\n  kind: StatefulSet\n" }));
    expect(loadState(storage)).toMatchObject({ ok: true, state: { valuesText: long.valuesText } });
  });

  it("ignores an entry of the first version, and removes it on the next save", () => {
    const storage = memoryStorage();
    storage.setItem(SAVED_STATE_KEY_V1, JSON.stringify({ n: "a", s: "b", v: { engine: { kind: "StatefulSet" } } }));
    expect(loadState(storage)).toEqual({ ok: true, state: undefined });
    saveState(storage, state);
    expect(storage.data.has(SAVED_STATE_KEY_V1)).toBe(false);
  });

  it("finds nothing when nothing was saved, or after forgetting", () => {
    const storage = memoryStorage();
    expect(loadState(storage)).toEqual({ ok: true, state: undefined });
    saveState(storage, state);
    forgetState(storage);
    expect(loadState(storage)).toEqual({ ok: true, state: undefined });
  });

  it("explains a damaged entry instead of throwing", () => {
    const storage = memoryStorage();
    storage.setItem(SAVED_STATE_KEY, "{not json");
    expect(loadState(storage)).toMatchObject({ ok: false, message: expect.stringContaining("could not be read") });
    storage.setItem(SAVED_STATE_KEY, JSON.stringify({ n: "a", s: "b", t: 7 }));
    expect(loadState(storage)).toMatchObject({ ok: false, message: expect.stringContaining('wrong shape at "t"') });
  });
  it("explains a storage the browser refuses to read", () => {
    const storage: StateStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadState(storage)).toMatchObject({ ok: false });
  });
});
