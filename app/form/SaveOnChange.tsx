// Every change is saved to this browser without secrets, so a reload continues where it was. A
// burst of keystrokes is saved once, a moment after the last (and at once when the page is left).
// A save that cannot be made (the token inside a comment, a full storage) is said in a
// notification that stays until a save works again; the last saved state stays as it was, and
// the text on the page is never touched. The text is cleared of secrets without parsing it again:
// when the worker's reading of this very text found no token, it is kept as it is; else the
// worker takes the token out of its reading, once per save (not once per keystroke: the copy
// without the token is another text, and reading it back is the proof). Saves run in the order
// they were made.
// Leaving the page cannot wait for the worker: a save not made yet, or still in the worker, is
// then made at once on the page (secretFreeOnPage), else the text typed last would be lost.
import { notifications } from "@mantine/notifications";
import { useEffect } from "react";
import { storeState, type SaveOutcome, type SecretFreeText } from "../../src";
import { secretFreeText } from "../worker/worker-client";
import { flushWrites } from "./field-writes";
import { safeLocalStorage } from "./start-state";
import { useWizardStore } from "./use-wizard";
import type { TWizardState } from "./wizard-store";

const NOTICE_ID = "saved-state";
/** How long typing must pause before a save. */
const SAVE_AFTER_MS = 300;

export function SaveOnChange() {
  const store = useWizardStore();
  useEffect(() => {
    let saved = { release: store.getState().release, text: store.getState().text };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saves = Promise.resolve();
    let shown: string | undefined;

    const show = (outcome: SaveOutcome) => {
      const notice = noticeOf(outcome);
      if (notice?.message === shown) return;
      shown = notice?.message;
      notifications.hide(NOTICE_ID);
      // Above the confirmations of copies and downloads, which come and go.
      if (notice) notifications.show({ id: NOTICE_ID, autoClose: false, priority: 10, ...notice });
    };

    // The state whose save has ended (stored, or refused with a notice); `saved` until a save waits for the worker.
    let settled = saved;

    const save = (leaving = false) => {
      timer = undefined;
      const state = store.getState();
      if (!state.started) return;
      const mine = (saved = { release: state.release, text: state.text });
      const wizardState = { release: state.release, valuesText: state.text };
      const known = knownSecretFree(state) ?? (leaving ? secretFreeOnPage(state.text) : undefined);
      if (known) {
        show(storeState(safeLocalStorage(), wizardState, () => known));
        settled = mine;
        return;
      }
      saves = saves.then(async () => {
        let cleared: SecretFreeText;
        try {
          cleared = await secretFreeText(state.text);
        } catch (error) {
          show({ saved: false, message: `Saving failed (${error instanceof Error ? error.message : "unknown error"}). Download values.yaml to keep what you see.` });
          return;
        }
        // A later save may have stored a newer state meanwhile.
        if (saved !== mine) return;
        show(storeState(safeLocalStorage(), wizardState, () => cleared));
        settled = mine;
      });
    };

    let changed = saved;
    const unsubscribe = store.subscribe(() => {
      const { release, text, started } = store.getState();
      // Readings come and go; only a change of the state itself (re)starts the wait.
      if (!started || (release === changed.release && text === changed.text)) return;
      changed = { release, text };
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    });
    // Leaving the page (a reload, a closed tab) saves what is pending at once, a key typed in a
    // field a moment ago included (its write follows its frame), and a save still in the worker.
    const flush = () => {
      void flushWrites();
      if (timer === undefined && settled === saved) return;
      clearTimeout(timer);
      save(true);
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      unsubscribe();
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [store]);
  return null;
}

/**
 * The text as it may be saved, when the newest reading is of this very text and says so without
 * more work: no token in values that parsed, or no word "token" in a text that does not parse.
 */
function knownSecretFree(state: TWizardState): SecretFreeText | undefined {
  if (state.readVersion !== state.version) return undefined;
  if (state.syntaxError) return /token/i.test(state.text) ? undefined : { ok: true, text: state.text };
  if (state.lastGood?.version !== state.version) return undefined;
  return state.lastGood.secret === undefined ? { ok: true, text: state.text } : undefined;
}

let clearHere: ((text: string) => SecretFreeText) | undefined;
void import("./text-edits").then((module) => (clearHere = module.textWithoutSecrets));

/**
 * The text cleared of the token on the page, for a save that cannot wait for the worker. The
 * chart reads the token at magicache.token, so a text without the word "token", spelled out or
 * escaped, holds none. Else the page parses it, whatever its size: a megabyte holds a page that is
 * going away (or hidden) for a second or so, and the other way its last edit would be lost.
 * Undefined only in the moment before the page's copy of the code has loaded.
 */
function secretFreeOnPage(text: string): SecretFreeText | undefined {
  if (!/token|\\/i.test(text)) return { ok: true, text };
  return clearHere?.(text);
}

function noticeOf({ saved, message }: SaveOutcome): { color: string; title: string; message: string } | undefined {
  if (!message) return undefined;
  return saved ? { color: "yellow", title: "Saved in this browser, but not all of it", message } : { color: "red", title: "Not saved in this browser", message };
}
