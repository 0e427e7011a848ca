import { describe, expect, it } from "vitest";
import { valuesFrom, type WizardState } from "./state";
import { forgetState, loadState, SAVED_STATE_KEY, saveState, type StateStorage } from "./saved-state";

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
  const state: WizardState = {
    release: { name: "ci", namespace: "builds" },
    values: valuesFrom({ engine: { kind: "StatefulSet", readinessProbe: null }, magicache: { enabled: true, token: "secret-token-value" } }),
  };

  it("restores what it saved, except the token", () => {
    const storage = memoryStorage();
    saveState(storage, state);
    expect(storage.data.get(SAVED_STATE_KEY)).not.toContain("secret-token-value");
    const loaded = loadState(storage);
    expect(loaded).toEqual({ ok: true, state: { ...state, values: { ...state.values, magicache: { ...state.values.magicache, token: "" } } } });
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
    storage.setItem(SAVED_STATE_KEY, JSON.stringify({ n: "a", s: "b", v: { engine: { env: "PATH" } } }));
    expect(loadState(storage)).toMatchObject({ ok: false, message: expect.stringContaining("engine.env") });
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
