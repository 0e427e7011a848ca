// The values.yaml tab: the wizard's state itself, editable. Typing here changes the form and the
// manifests as you type; a syntax error is marked at its line and named above the editor, and the
// text stays exactly as typed. The editor follows the state a moment behind a keystroke in a form
// field (deferred), so the field paints first; the other way round, a keystroke in the editor
// reaches the state after the frame that shows it (afterTyping), so Monaco paints the character
// alone and the form, the save and the worker's reading follow.
import { Alert, Loader, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { memo, useCallback, useDeferredValue, useMemo } from "react";
import { syntaxErrorText } from "../../src";
import { ValuesEditor } from "../editor/LazyYaml";
import { TabKeysHint } from "../editor/TabKeysHint";
import type { TValuesMarks } from "../editor/view-options";
import { afterTyping } from "../form/field-writes";
import { useWizard, useWizardStore } from "../form/use-wizard";
import type { TWizardState } from "../form/wizard-store";
import classes from "./preview.module.css";

/** The editor's change waiting for the next paint (field-writes.ts). */
const EDITOR_KEY = "values.yaml editor";

/** The text and what the newest reading says of it, when it is of this very text. */
function editorView(state: TWizardState) {
  const current = state.readVersion === state.version;
  return [state.text, current && state.lastGood?.version === state.version ? state.lastGood : undefined, current ? state.syntaxError : undefined, state.started] as const;
}

const sameView = (a: ReturnType<typeof editorView>, b: ReturnType<typeof editorView>) => a.every((item, index) => item === b[index]);

/** Every place a token stands in a text that does not parse (a plain search: no reading to go by). */
function occurrences(text: string, secret: string | undefined): [number, number][] {
  const ranges: [number, number][] = [];
  if (!secret) return ranges;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) ranges.push([at, at + secret.length]);
  return ranges;
}

/** Past the editor to the export buttons under the preview, for a keyboard that should not walk through the editor. */
const SKIP_TO_EXPORT = {
  label: "Skip to export buttons",
  to: () => document.querySelector<HTMLElement>('[role="group"][aria-label="Export"] button')?.focus(),
};

export const ValuesPanel = memo(function ValuesPanel({ theme, masked }: { theme: "light" | "dark"; masked?: string }) {
  const store = useWizardStore();
  const [text, reading, syntaxError, started] = useDeferredValue(useWizard(editorView, sameView));
  const shownError = useWizard((state) => state.syntaxError);
  const marks = useMemo((): TValuesMarks | undefined => {
    if (reading) return { problems: reading.problemRanges, secrets: reading.secretRanges };
    if (syntaxError) return { syntaxError, problems: [], secrets: occurrences(text, masked) };
    return undefined;
  }, [reading, syntaxError, text, masked]);
  // Keystrokes within one frame: the newest text is the one set.
  const onChange = useCallback((next: string) => afterTyping(EDITOR_KEY, () => store.setText(next)), [store]);
  if (!started) return <Loader size="sm" m="sm" role="status" aria-label="Loading your settings" />;
  return (
    <>
      {shownError ? (
        <Alert color="red" variant="light" p="xs" radius={0} icon={<IconAlertTriangle aria-hidden />} role="alert" aria-label="values.yaml error" className={classes.hint}>
          <Text size="sm">{syntaxErrorText(shownError)}.</Text>
          <Text size="xs" c="dimmed">
            Your text stays as typed. Until it parses, the form is read-only and the manifests show the last valid values.
          </Text>
        </Alert>
      ) : (
        text.trim() === "" && (
          <Text size="sm" px="sm" py={6} className={classes.hint}>
            <strong>Empty means all defaults.</strong> Nothing is set yet, so Helm installs the chart&apos;s default for every value. Type here (Ctrl+Space lists
            the keys), use the form, or import your own file.
          </Text>
        )
      )}
      <TabKeysHint skip={SKIP_TO_EXPORT} />
      <ValuesEditor value={text} onChange={onChange} label="values.yaml (editable)" theme={theme} marks={marks} masked={masked} />
    </>
  );
});
