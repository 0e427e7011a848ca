// The notification after a change that replaced what the user had (a preset, an import, the
// engine.toml conversion): what changed, with an Undo button that puts it back and says so.
// Nothing the user typed is lost to one click.
import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";

export interface TUndoable {
  /** Starts the notification's id ("preset"), so each kind stays apart in the page. */
  kind: string;
  title: string;
  /** What changed; the Undo button follows it on the same line. */
  message: ReactNode;
  /** Puts back what was there before the change. */
  undo: () => void;
  /** The notification that replaces this one once undone. */
  undone: { title: string; message: string };
  /** Milliseconds before it closes, when the user needs longer than the default to decide. */
  autoClose?: number;
}

export function showUndoable({ kind, title, message, undo, undone, autoClose }: TUndoable): void {
  const id = `${kind}-${crypto.randomUUID()}`;
  notifications.show({
    id,
    color: "teal",
    title,
    ...(autoClose === undefined ? {} : { autoClose }),
    message: (
      <>
        {message}{" "}
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            undo();
            notifications.hide(id);
            notifications.show({ color: "gray", ...undone });
          }}
        >
          Undo
        </Button>
      </>
    ),
  });
}
