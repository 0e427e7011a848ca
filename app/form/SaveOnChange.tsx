// Every change is saved to this browser without secrets, so a reload continues where it was. A
// save that cannot be made (the token inside a comment, a full storage) is said in a notification
// that stays until a save works again; the last saved state stays as it was, and the text on the
// page is never touched.
import { notifications } from "@mantine/notifications";
import { useEffect, useRef } from "react";
import { useWatch, type Control } from "react-hook-form";
import { saveState, type SaveOutcome } from "../../src/wizard/saved-state";
import { safeLocalStorage } from "./start-state";
import type { WizardForm } from "./types";

const NOTICE_ID = "saved-state";

export function SaveOnChange({ control }: { control: Control<WizardForm> }) {
  const [release, valuesText] = useWatch({ control, name: ["release", "valuesText"] });
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    const notice = noticeOf(save({ release, valuesText }));
    if (notice?.message === shown.current) return;
    shown.current = notice?.message;
    notifications.hide(NOTICE_ID);
    // Above the confirmations of copies and downloads, which come and go.
    if (notice) notifications.show({ id: NOTICE_ID, autoClose: false, priority: 10, ...notice });
  }, [release, valuesText]);
  return null;
}

function save(state: WizardForm): SaveOutcome {
  try {
    return saveState(safeLocalStorage(), state);
  } catch (error) {
    return { saved: false, reason: `saving failed (${error instanceof Error ? error.name : "unknown error"})` };
  }
}

function noticeOf(outcome: SaveOutcome): { color: string; title: string; message: string } | undefined {
  if (!outcome.saved) {
    return {
      color: "red",
      title: "Not saved in this browser",
      message: `${capitalized(outcome.reason)}. A reload would bring back the settings last saved; what you see here is kept while the page is open (download values.yaml to keep it). This goes away once a save works again.`,
    };
  }
  if (outcome.note) return { color: "yellow", title: "Saved in this browser, but not all of it", message: `${capitalized(outcome.note)}.` };
  return undefined;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
