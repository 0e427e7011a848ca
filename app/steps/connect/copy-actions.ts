// Copy and download for the Connect step's texts, each confirmed (or its failure explained) in a
// notification, as the export bar does.
import { notifications } from "@mantine/notifications";
import { downloadText } from "../../export/browser-io";
import { copyAndNotify } from "../../export/copy-and-notify";

export function copyWithNotice(text: string, what: string, next: string): Promise<void> {
  return copyAndNotify(text, { copied: `${what} copied`, message: next, failed: `Could not copy the ${what}` });
}

export function downloadWithNotice(fileName: string, text: string, next: string): void {
  downloadText(fileName, text);
  notifications.show({ color: "teal", title: `${fileName} downloaded`, message: next });
}
