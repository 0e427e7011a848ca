// The export actions: each reads the state as it is at the click, produces its text with the
// core, and confirms or explains with a notification. values.yaml is the user's own text as it
// is (or, minimal, only what differs from the defaults), with the schema line for editors first
// when asked; manifests need values Helm accepts. A file that holds the magicache token says so
// when it is copied or downloaded.
import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { useFormContext } from "react-hook-form";
import { minimalValuesText } from "../../src/values/minimal";
import { privilegedNamespaceText } from "../../src/wizard/exports";
import { filesWithSecret } from "../../src/wizard/secrets";
import { readValuesText, syntaxErrorText, type ValuesSnapshot } from "../../src/wizard/values-state";
import type { WizardForm } from "../form/types";
import { loadRenderer } from "../preview/use-renderer";
import { copyText, downloadText } from "./browser-io";

const tokenWarning = (how = "") => `It holds your magicache token${how}: keep the file private, out of version control and chats.`;

function holdsToken(snapshot: ValuesSnapshot, file: string): boolean {
  return filesWithSecret(snapshot.userValues, snapshot.values).includes(file);
}

export function useExports() {
  const { getValues } = useFormContext<WizardForm>();

  /** The values as the text says now, or undefined after telling the user where its error is. */
  const values = useCallback(
    (what: string): ValuesSnapshot | undefined => {
      const reading = readValuesText(getValues("valuesText"));
      if (reading.ok) return reading.snapshot;
      notifications.show({ color: "red", title: `Cannot export ${what} yet`, message: `${syntaxErrorText(reading)}. Fix it in the values.yaml tab; your text is kept as typed.` });
      return undefined;
    },
    [getValues],
  );

  /** The values.yaml to export and how to say it went, or undefined. */
  const valuesFile = useCallback(
    (minimal: boolean) => {
      const snapshot = values("values.yaml");
      if (!snapshot) return undefined;
      const text = minimal ? minimalValuesText(snapshot.userValues) : snapshot.text;
      const refused = snapshot.problems[0];
      const more = snapshot.problems.length > 1 ? ` (and ${snapshot.problems.length - 1} more, listed above the preview)` : "";
      const warnings = [refused && `Helm will refuse it as it is: ${refused.message}${more}`, holdsToken(snapshot, "values.yaml") && tokenWarning()];
      return { text, warning: warnings.filter(Boolean).join(" ") || undefined };
    },
    [values],
  );

  const notify = useCallback((title: string, message: string, warning: string | undefined) => {
    notifications.show({ color: warning ? "yellow" : "teal", title, message: warning ?? message });
  }, []);

  const copy = useCallback(async (what: string, text: string, message: string, warning?: string) => {
    try {
      await copyText(text);
      notify(`${what} copied`, message, warning);
    } catch (error) {
      notifications.show({ color: "red", title: `Could not copy ${what}`, message: (error as Error).message });
    }
  }, [notify]);

  return {
    copyValues: useCallback(
      async (minimal: boolean) => {
        const file = valuesFile(minimal);
        if (file) await copy("values.yaml", file.text, "Paste it into a values.yaml file next to the install command.", file.warning);
      },
      [valuesFile, copy],
    ),

    downloadValues: useCallback(
      async (minimal: boolean, schemaLine: boolean) => {
        const file = valuesFile(minimal);
        if (!file) return;
        const { siteAddresses, withSchemaModeline } = await import("../../src/wizard/site");
        const text = schemaLine ? withSchemaModeline(file.text, siteAddresses(window.location.href).schemaUrl) : file.text;
        downloadText("values.yaml", text);
        notify("values.yaml downloaded", "Install it with the chart: see Install and GitOps.", file.warning);
      },
      [valuesFile, notify],
    ),

    downloadManifests: useCallback(
      async (withNamespace: boolean) => {
        const snapshot = values("manifests.yaml");
        if (!snapshot) return;
        const { wizardOutputs } = await loadRenderer();
        const result = wizardOutputs(getValues("release"), snapshot.userValues, snapshot.problems);
        if (!result.ok) {
          const first = result.problems[0]?.message ?? "";
          const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more, listed above the preview)` : "";
          notifications.show({ color: "red", title: "Cannot export manifests.yaml yet", message: `Helm would refuse these values: ${first}${more}` });
          return;
        }
        const prefix = withNamespace ? privilegedNamespaceText(getValues("release.namespace")) : "";
        downloadText("manifests.yaml", prefix + result.manifestsText);
        const secret = holdsToken(snapshot, "manifests.yaml");
        notifications.show({
          color: secret ? "yellow" : "teal",
          title: secret ? "manifests.yaml downloaded, with your magicache token" : "manifests.yaml downloaded",
          message: `${withNamespace ? "With a Namespace that allows privileged pods first; apply it with kubectl apply -f." : "Apply it with kubectl apply -f manifests.yaml."}${secret ? ` ${tokenWarning(" (base64, in a Secret)")}` : ""}`,
        });
      },
      [values, getValues],
    ),
  };
}
