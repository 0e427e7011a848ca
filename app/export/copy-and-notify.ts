// Copying a text for the user, then saying so in a notification: that it was copied and what to
// do with it, or why it was not and where else to get it.
import { notifications } from "@mantine/notifications";
import { copyText } from "./browser-io";

export interface TCopyNotice {
  /** The title once copied ("Install commands copied"). */
  copied: string;
  /** What to do with it. */
  message: string;
  /** The title when the browser would not copy ("Could not copy the install commands"). */
  failed: string;
  /** Said after the reason it failed: where else the text is ("You can also select them above."). */
  hint?: string;
}

export async function copyAndNotify(text: string, { copied, message, failed, hint }: TCopyNotice): Promise<void> {
  try {
    await copyText(text);
    notifications.show({ color: "teal", title: copied, message });
  } catch (error) {
    const reason = (error as Error).message;
    notifications.show({ color: "red", title: failed, message: hint ? `${reason} ${hint}` : reason });
  }
}
