// The export actions: each reads the form as it is at the click, produces its text with the core,
// and confirms or explains with a notification.
import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { useFormContext } from "react-hook-form";
import { installCommand, privilegedNamespaceText } from "../../src/wizard/exports";
import { wizardOutputs } from "../../src/wizard/outputs";
import type { WizardForm } from "../form/types";
import { copyText, downloadText } from "./browser-io";

type TTexts = { valuesText: string; manifestsText: string };

export function useExports() {
  const { getValues } = useFormContext<WizardForm>();

  /** The outputs, or undefined after telling the user what to fix first. */
  const outputs = useCallback(
    (what: string): TTexts | undefined => {
      const result = wizardOutputs(getValues());
      if (result.ok) return result;
      const first = result.problems[0]?.message ?? "";
      const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more, listed above the preview)` : "";
      notifications.show({ color: "red", title: `Cannot export ${what} yet`, message: `Helm would refuse these values: ${first}${more}` });
      return undefined;
    },
    [getValues],
  );

  const copy = useCallback(async (what: string, text: string, message: string) => {
    try {
      await copyText(text);
      notifications.show({ color: "teal", title: `${what} copied`, message });
    } catch (error) {
      notifications.show({ color: "red", title: `Could not copy ${what}`, message: (error as Error).message });
    }
  }, []);

  return {
    copyValues: useCallback(async () => {
      const texts = outputs("values.yaml");
      if (texts) await copy("values.yaml", texts.valuesText, "Paste it into a values.yaml file next to the install command.");
    }, [outputs, copy]),

    downloadValues: useCallback(() => {
      const texts = outputs("values.yaml");
      if (!texts) return;
      downloadText("values.yaml", texts.valuesText);
      notifications.show({ color: "teal", title: "values.yaml downloaded", message: "Install it with the chart: helm upgrade --install … -f values.yaml" });
    }, [outputs]),

    downloadManifests: useCallback(
      (withNamespace: boolean) => {
        const texts = outputs("manifests.yaml");
        if (!texts) return;
        const prefix = withNamespace ? privilegedNamespaceText(getValues("release.namespace")) : "";
        downloadText("manifests.yaml", prefix + texts.manifestsText);
        notifications.show({
          color: "teal",
          title: "manifests.yaml downloaded",
          message: withNamespace ? "With a Namespace that allows privileged pods first; apply it with kubectl apply -f." : "Apply it with kubectl apply -f manifests.yaml.",
        });
      },
      [outputs, getValues],
    ),

    copyInstallCommand: useCallback(async () => {
      await copy("Install command", installCommand(getValues("release")), "Run it where values.yaml and the chart folder are.");
    }, [copy, getValues]),
  };
}
