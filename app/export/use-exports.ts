// The export actions: each reads the state as it is at the click, gets its text from the values
// worker (which has read the text already), and confirms or explains with a notification.
// values.yaml is the user's own text as it is (or, minimal, only what differs from the defaults),
// with the schema line for editors first when asked; manifests need values Helm accepts. A file that holds the magicache token says so when it is
// copied or downloaded.
import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { siteAddresses, withSchemaModeline } from "../../src";
import { flushWrites } from "../form/field-writes";
import { useWizardStore } from "../form/use-wizard";
import type { TExportReading } from "../worker/export-reading";
import { readForExport } from "../worker/worker-client";
import { copyText, downloadText } from "./browser-io";

const tokenWarning = (how = "") => `It holds your magicache token${how}: keep the file private, out of version control and chats.`;

type TRead = Extract<TExportReading, { ok: true }>;

export function useExports() {
  const store = useWizardStore();

  /** What the text says now (and the files asked for), or undefined after telling the user where its error is. */
  const read = useCallback(
    async (what: string, asked: { minimal?: boolean; manifests?: { withNamespace: boolean } }): Promise<TRead | undefined> => {
      // Right after a reload the saved settings are still being read: export those, not the empty start.
      await store.whenStarted();
      // A key typed a moment ago is written after its frame: export what the form shows.
      await flushWrites();
      const { release, text } = store.getState();
      let reading: TExportReading;
      try {
        reading = await readForExport({ release, valuesText: text, ...asked });
      } catch (error) {
        notifications.show({ color: "red", title: `Cannot export ${what}`, message: (error as Error).message });
        return undefined;
      }
      if (reading.ok) return reading;
      notifications.show({ color: "red", title: `Cannot export ${what} yet`, message: `${reading.message}. Fix it in the values.yaml tab; your text is kept as typed.` });
      return undefined;
    },
    [store],
  );

  /** The values.yaml to export and how to say it went, or undefined. */
  const valuesFile = useCallback(
    async (minimal: boolean) => {
      await store.whenStarted();
      await flushWrites();
      const text = store.getState().text;
      const reading = await read("values.yaml", { minimal });
      if (!reading) return undefined;
      const refused = reading.problems[0];
      const more = reading.problems.length > 1 ? ` (and ${reading.problems.length - 1} more, listed above the preview)` : "";
      const warnings = [refused && `Helm will refuse it as it is: ${refused.message}${more}`, reading.tokenFiles.includes("values.yaml") && tokenWarning()];
      return { text: minimal ? (reading.minimalText ?? "") : text, warning: warnings.filter(Boolean).join(" ") || undefined };
    },
    [read, store],
  );

  const notify = useCallback((title: string, message: string, warning: string | undefined) => {
    notifications.show({ color: warning ? "yellow" : "teal", title, message: warning ?? message });
  }, []);

  const copy = useCallback(
    async (what: string, text: string, message: string, warning?: string) => {
      try {
        await copyText(text);
        notify(`${what} copied`, message, warning);
      } catch (error) {
        notifications.show({ color: "red", title: `Could not copy ${what}`, message: (error as Error).message });
      }
    },
    [notify],
  );

  return {
    copyValues: useCallback(
      async (minimal: boolean) => {
        const file = await valuesFile(minimal);
        if (file) await copy("values.yaml", file.text, "Paste it into a values.yaml file next to the install command.", file.warning);
      },
      [valuesFile, copy],
    ),

    downloadValues: useCallback(
      async (minimal: boolean, schemaLine: boolean) => {
        const file = await valuesFile(minimal);
        if (!file) return;
        const text = schemaLine ? withSchemaModeline(file.text, siteAddresses(window.location.href).schemaUrl) : file.text;
        downloadText("values.yaml", text);
        notify("values.yaml downloaded", "Install it with the chart: see Install and GitOps.", file.warning);
      },
      [valuesFile, notify],
    ),

    downloadManifests: useCallback(
      async (withNamespace: boolean) => {
        const reading = await read("manifests.yaml", { manifests: { withNamespace } });
        if (!reading?.manifests) return;
        if (!reading.manifests.ok) {
          const { problems } = reading.manifests;
          const more = problems.length > 1 ? ` (and ${problems.length - 1} more, listed above the preview)` : "";
          notifications.show({ color: "red", title: "Cannot export manifests.yaml yet", message: `Helm would refuse these values: ${problems[0]?.message ?? ""}${more}` });
          return;
        }
        downloadText("manifests.yaml", reading.manifests.text);
        const secret = reading.tokenFiles.includes("manifests.yaml");
        notifications.show({
          color: secret ? "yellow" : "teal",
          title: secret ? "manifests.yaml downloaded, with your magicache token" : "manifests.yaml downloaded",
          message: `${withNamespace ? "With a Namespace that allows privileged pods first; apply it with kubectl apply -f." : "Apply it with kubectl apply -f manifests.yaml."}${secret ? ` ${tokenWarning(" (base64, in a Secret)")}` : ""}`,
        });
      },
      [read],
    ),

  };
}
