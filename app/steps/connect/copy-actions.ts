// Copy and download for the Connect step's texts, each confirmed (or its failure explained) in a
// notification, as the export bar does.
import { notifications } from "@mantine/notifications";
import { copyText, downloadText } from "../../export/browser-io";

export async function copyWithNotice(text: string, what: string, next: string): Promise<void> {
  try {
    await copyText(text);
    notifications.show({ color: "teal", title: `${what} copied`, message: next });
  } catch (error) {
    notifications.show({ color: "red", title: `Could not copy the ${what}`, message: (error as Error).message });
  }
}

export function downloadWithNotice(fileName: string, text: string, next: string): void {
  downloadText(fileName, text);
  notifications.show({ color: "teal", title: `${fileName} downloaded`, message: next });
}
