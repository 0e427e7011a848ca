// The values.yaml tab: the wizard's state itself, editable. Typing here changes the form and the
// manifests as you type; a syntax error is marked at its line and named above the editor, and the
// text stays exactly as typed.
import { Alert, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useCallback } from "react";
import { useFormContext } from "react-hook-form";
import { syntaxErrorText } from "../../src/wizard/values-state";
import { ValuesEditor } from "../editor/LazyYaml";
import type { WizardForm } from "../form/types";
import { useValuesState } from "../form/values-state";
import classes from "./preview.module.css";

const NO_PROBLEMS: never[] = [];

export function ValuesPanel({ theme, masked }: { theme: "light" | "dark"; masked?: string }) {
  const { text, lastGood, syntaxError } = useValuesState();
  // Marked only when the values are this text's: while it is broken, the syntax error says it all.
  const problems = lastGood.text === text ? lastGood.problems : NO_PROBLEMS;
  const { setValue } = useFormContext<WizardForm>();
  const onChange = useCallback((next: string) => setValue("valuesText", next, { shouldDirty: true }), [setValue]);
  return (
    <>
      {syntaxError ? (
        <Alert color="red" variant="light" p="xs" radius={0} icon={<IconAlertTriangle aria-hidden />} role="alert" aria-label="values.yaml error" className={classes.hint}>
          <Text size="sm">{syntaxErrorText(syntaxError)}.</Text>
          <Text size="xs" c="dimmed">
            Your text stays as typed. Until it parses, the form is read-only and the manifests show the last valid values.
          </Text>
        </Alert>
      ) : (
        text.trim() === "" && (
          <Text size="xs" c="dimmed" px="sm" py={4} className={classes.hint}>
            values.yaml is empty: every value is at the chart's default. Type here (Ctrl+Space lists the keys), use the form, or import your own file.
          </Text>
        )
      )}
      <ValuesEditor value={text} onChange={onChange} label="values.yaml (editable)" theme={theme} syntaxError={syntaxError} problems={problems} masked={masked} />
    </>
  );
}
