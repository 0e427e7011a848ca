// Where the wizard starts when a share link replaces settings: what it keeps aside in the browser,
// and what it offers back after a reload.
import { describe, expect, it } from "vitest";
import { saveState, SET_ASIDE_STATE_KEY, shareLinkFor, type StateStorage } from "../../src";
import { keepSetAside } from "../form/start-state";
import { startState } from "./start";

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const mine = { release: { name: "dagger", namespace: "mine" }, valuesText: "# mine\nengine:\n  port: 4321\nmagicache:\n  enabled: true\n  token: my-secret-token\n" };
const shared = shareLinkFor({ name: "dagger", namespace: "shared" }, { engine: { kind: "StatefulSet" } });
if (!shared.ok) throw new Error(shared.reason);
const link = `#${shared.hash}`;

/** What the page keeps in the browser of a start's set-aside settings. */
function keptText(start: ReturnType<typeof startState>): string | null {
  const storage = memoryStorage();
  keepSetAside(start, storage);
  return storage.data.get(SET_ASIDE_STATE_KEY) ?? null;
}

describe("settings a share link sets aside", () => {
  it("keeps the settings on the page that a pasted link replaces, without the token", () => {
    const start = startState(link, null, mine);
    expect(start.notice?.restore).toEqual(mine);
    const kept = keptText(start);
    expect(kept).toContain("port: 4321");
    expect(kept).toContain("# mine");
    expect(kept).not.toContain("my-secret-token");
  });

  it("offers them back after a reload, without the link, until they are the saved settings", () => {
    const saved = memoryStorage();
    saveState(saved, mine);
    const first = startState(link, saved.data.get("dagger-helm-wizard:v2")!);
    const kept = keptText(first);
    // The reload: the link's settings are the saved ones now.
    const savedLinked = memoryStorage();
    saveState(savedLinked, first.state);
    const reload = startState("", savedLinked.data.get("dagger-helm-wizard:v2")!, undefined, kept);
    expect(reload.state).toEqual(first.state);
    expect(reload.notice?.title).toBe("Settings set aside by a share link");
    expect(reload.notice?.restore).toEqual({ release: mine.release, valuesText: mine.valuesText.replace("  token: my-secret-token\n", "") });
    // Set aside and saved alike (taken back, then the page saved them): nothing to offer.
    const same = startState("", kept, undefined, kept);
    expect(same.notice).toBeUndefined();
  });

  it("sets nothing aside when the link brings what was there, or there was nothing", () => {
    expect(startState(link, null).setAside).toBeUndefined();
    expect(startState(link, null, startState(link, null).state).setAside).toBeUndefined();
  });
});
