// Every change is saved to this browser without secrets, so a reload continues where it was. A
// save that cannot be made (the token inside a comment, a full storage) is said in a notification
// that stays until a save works again; the last saved state stays as it was, and the text on the
// page is never touched. The saving code (which takes secrets out of the text) is a chunk of its
// own, loaded beside the first screen; saves run in the order they were made.
import { notifications } from "@mantine/notifications";
import { useEffect, useRef } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { SaveOutcome } from "../../src/wizard/saved-state";
import { safeLocalStorage } from "./start-state";
import type { WizardForm } from "./types";

const NOTICE_ID = "saved-state";

export function SaveOnChange({ control }: { control: Control<WizardForm> }) {
  const [release, valuesText] = useWatch({ control, name: ["release", "valuesText"] });
  const shown = useRef<string | undefined>(undefined);
  const saves = useRef(Promise.resolve());
  useEffect(() => {
    saves.current = saves.current.then(async () => {
      const notice = noticeOf(await save({ release, valuesText }));
      if (notice?.message === shown.current) return;
      shown.current = notice?.message;
      notifications.hide(NOTICE_ID);
      // Above the confirmations of copies and downloads, which come and go.
      if (notice) notifications.show({ id: NOTICE_ID, autoClose: false, priority: 10, ...notice });
    });
  }, [release, valuesText]);
  return null;
}

async function save(state: WizardForm): Promise<SaveOutcome> {
  try {
    const { saveState } = await import("../../src/wizard/saved-state");
    return saveState(safeLocalStorage(), state);
  } catch (error) {
    return { saved: false, message: `Saving failed (${error instanceof Error ? error.name : "unknown error"}). Download values.yaml to keep what you see.` };
  }
}

function noticeOf({ saved, message }: SaveOutcome): { color: string; title: string; message: string } | undefined {
  if (!message) return undefined;
  return saved ? { color: "yellow", title: "Saved in this browser, but not all of it", message } : { color: "red", title: "Not saved in this browser", message };
}
