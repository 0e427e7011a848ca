// Where the wizard starts when a share link replaces settings: what it keeps aside in the browser,
// and what it offers back after a reload.
import { describe, expect, it } from "vitest";
import { saveState, SET_ASIDE_STATE_KEY, shareLinkFor, type StateStorage } from "../../src";
import { forgetSetAside, keepSetAside, SET_ASIDE_COPIES, setAsideCopies } from "../form/start-state";
import { startState } from "./start";

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const mine = { release: { name: "dagger", namespace: "mine" }, valuesText: "# mine\nengine:\n  port: 4321\nmagicache:\n  enabled: true\n  token: my-secret-token\n" };
const shared = shareLinkFor({ name: "dagger", namespace: "shared" }, { engine: { kind: "StatefulSet" } });
if (!shared.ok) throw new Error(shared.reason);
const link = `#${shared.hash}`;
const other = shareLinkFor({ name: "dagger", namespace: "other" }, { engine: { kind: "DaemonSet" } });
if (!other.ok) throw new Error(other.reason);
const otherLink = `#${other.hash}`;

/** The stored text of settings, as the page saves them. */
function savedText(state: ReturnType<typeof startState>["state"]): string {
  const storage = memoryStorage();
  saveState(storage, state);
  return storage.data.get("dagger-helm-wizard:v2")!;
}

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
    const reload = startState("", savedLinked.data.get("dagger-helm-wizard:v2")!, undefined, [kept!]);
    expect(reload.state).toEqual(first.state);
    expect(reload.notice?.title).toBe("Settings set aside by a share link");
    expect(reload.notice?.restore).toEqual({ release: mine.release, valuesText: mine.valuesText.replace("  token: my-secret-token\n", "") });
    // Set aside and saved alike (taken back, then the page saved them): nothing to offer, and the copy is forgotten.
    const same = startState("", kept, undefined, [kept!]);
    expect(same.notice).toBeUndefined();
    expect(same.spent).toEqual([kept]);
    const storage = memoryStorage();
    storage.setItem(SET_ASIDE_STATE_KEY, kept!);
    keepSetAside(same, storage);
    expect(setAsideCopies(storage)).toEqual([]);
  });

  it("forgets a copy equal to the saved settings and still offers the one that differs", () => {
    const storage = memoryStorage();
    const saved = memoryStorage();
    saveState(saved, mine);
    const first = startState(link, saved.data.get("dagger-helm-wizard:v2")!);
    keepSetAside(first, storage);
    const second = startState(otherLink, savedText(first.state));
    keepSetAside(second, storage);
    expect(setAsideCopies(storage)).toHaveLength(2);
    // The reload after the second link: the copy the second link set aside is the first link's
    // settings; the saved ones are the first link's too (the user went back to them by hand).
    const reload = startState("", savedText(first.state), undefined, setAsideCopies(storage));
    expect(reload.notice?.restore?.release.namespace).toBe("mine");
    expect(reload.spent).toHaveLength(1);
    keepSetAside(reload, storage);
    expect(setAsideCopies(storage).map((copy) => (JSON.parse(copy) as { s: string }).s)).toEqual(["mine"]);
  });

  it("sets nothing aside when the link brings what was there, or there was nothing", () => {
    expect(startState(link, null).setAside).toBeUndefined();
    expect(startState(link, null, startState(link, null).state).setAside).toBeUndefined();
  });

  it("keeps what a first link set aside when a second link is opened, and offers each back in turn", () => {
    const storage = memoryStorage();
    const first = keepSetAside(startState(link, savedText(mine)), storage);
    // The second link replaces the first link's settings, which the page saved meanwhile.
    const second = keepSetAside(startState(otherLink, savedText(first.state)), storage);
    expect(second.notice?.restore).toEqual(first.state);
    expect(setAsideCopies(storage)).toHaveLength(2);

    const reload = startState("", savedText(second.state), undefined, setAsideCopies(storage));
    expect(reload.notice?.restore).toEqual(first.state);
    expect(reload.notice?.message).toContain("One more set of settings is kept from earlier links");
    // Dismissed (or taken back): the next reload offers the settings the first link replaced.
    forgetSetAside(reload.notice!.keptAs!, storage);
    const next = startState("", savedText(second.state), undefined, setAsideCopies(storage));
    expect(next.notice?.restore?.release).toEqual(mine.release);
    expect(next.notice?.restore?.valuesText).toContain("port: 4321");
    expect(next.notice?.message).not.toContain("kept from earlier links");
    forgetSetAside(next.notice!.keptAs!, storage);
    expect(setAsideCopies(storage)).toEqual([]);
    expect([...storage.data.keys()]).toEqual([]);
  });

  it("keeps one copy of the same settings, and the newest ones up to its limit", () => {
    const storage = memoryStorage();
    const states = Array.from({ length: SET_ASIDE_COPIES + 2 }, (_, index) => ({ release: { name: "dagger", namespace: `n${index}` }, valuesText: `engine:\n  port: ${4000 + index}\n` }));
    for (const state of states) keepSetAside(startState(link, savedText(state)), storage);
    keepSetAside(startState(link, savedText(states.at(-1)!)), storage);
    const kept = setAsideCopies(storage);
    expect(kept).toHaveLength(SET_ASIDE_COPIES);
    expect(kept.map((copy) => /port: (\d+)/.exec(copy)![1])).toEqual(["4006", "4005", "4004", "4003", "4002"]);
  });

  it("keeps the newest copy when the browser's storage is too full for them all", () => {
    const storage = memoryStorage();
    for (const namespace of ["a", "b"]) keepSetAside(startState(link, savedText({ release: { name: "dagger", namespace }, valuesText: "engine:\n  port: 1\n" })), storage);
    // From now on the storage takes no more than two copies.
    const full = { ...storage, setItem: (key: string, value: string) => (storage.data.has(key) || storage.data.size < 2 ? storage.setItem(key, value) : failQuota()) };
    const start = keepSetAside(startState(link, savedText({ release: { name: "dagger", namespace: "c" }, valuesText: "engine:\n  port: 1\n" })), full);
    expect(start.notice?.keptAs).toBeDefined();
    expect(setAsideCopies(storage).map((copy) => (JSON.parse(copy) as { s: string }).s)).toEqual(["c", "b"]);
  });
});

function failQuota(): never {
  throw new DOMException("full", "QuotaExceededError");
}
