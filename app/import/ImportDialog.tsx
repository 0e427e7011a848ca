// Loaded only through React.lazy (import-context.tsx): the import of a values.yaml the user has.
// Paste it, choose a file or drop one; the core says what it understood (the chart it was written
// for, aliases, unknown keys with a "did you mean") or what is wrong and where. Nothing changes
// until Import is pressed, and then the notification offers Undo.
import { Button, Checkbox, Group, Modal, Progress, Stack, Text } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import type { Migration } from "../../src";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { showChangesTab } from "../preview/show-values";
import { showUndoable } from "../shell/show-undoable";
import { ChooseFileButton, FileNote, SourceTextarea } from "./FileSource";
import { ImportOutcomeView } from "./ImportOutcomeView";
import { MigrationPanel } from "./MigrationPanel";
import { readValuesFile, type TReadFile } from "./read-file";
import { useImportOutcome, type TSource } from "./use-import-outcome";
import { MIGRATION_KEY_LIMIT } from "../worker/large-text";

/** Texts from this long on are not laid out in the text area: a megabyte there takes seconds to show, and no one reads it there. */
const SHOWN_TEXT_CHARS = 100_000;

const sourceOf = (file: TReadFile | undefined): TSource =>
  !file ? { text: "" } : file.ok ? { text: file.text, name: file.name, fileNote: file.note } : { text: "", name: file.name, fileError: file.message };

export default function ImportDialog({ file, onClose }: { file: File | undefined; onClose: () => void }) {
  const store = useWizardStore();
  const [source, setSource] = useState<TSource>({ text: "" });
  const [block, setBlock] = useState<string | undefined>(undefined);
  // The parent chart's block the text box shows, once read: it is what will be imported.
  const [shownBlock, setShownBlock] = useState<string | undefined>(undefined);
  const [migration, setMigration] = useState<Migration | undefined>(undefined);
  const onMigrated = useCallback((next: Migration | undefined) => setMigration(next), []);
  const release = useWizard((state) => state.release);
  // Upgrade mode's second way in: the imported file is what runs (helm get values -o yaml).
  const [runs, setRuns] = useState(false);
  // A dropped file: read it (asynchronously) into the dialog; a newer drop wins.
  useEffect(() => {
    if (!file) return;
    let current = true;
    void readValuesFile(file).then((read) => {
      if (!current) return;
      setSource(sourceOf(read));
      setBlock(undefined);
      setShownBlock(undefined);
    });
    return () => {
      current = false;
    };
  }, [file]);

  const { outcome, slowProgress } = useImportOutcome(source, block);
  // Counted in the worker: a megabyte of labels took 40-70 ms to count here.
  const keys = outcome?.kind === "values" ? outcome.keys : 0;
  const hidden = source.text.length >= SHOWN_TEXT_CHARS;
  const sourceName = source.name ?? "the pasted text";
  if (block && outcome?.kind === "values") {
    // Adjusted while rendering (React's way for state that follows other state), not in an effect.
    setSource({ ...source, text: outcome.text });
    setShownBlock(block);
    setBlock(undefined);
  }

  const picked = (read: TReadFile) => {
    setSource(sourceOf(read));
    setBlock(undefined);
    setShownBlock(undefined);
  };

  /** Imports the file as written, or the migrated values when given. */
  const confirm = (migrated?: Migration) => {
    if (outcome?.kind !== "values") return;
    const { text: before, deployed: deployedBefore } = store.getState();
    store.setText(migrated ? migrated.valuesText : outcome.text);
    if (runs) {
      store.setDeployed({ text: source.text, name: source.name ?? "deployed values" });
      showChangesTab();
    }
    onClose();
    const from = migrated ? ` (migrated from ${migrated.upstream.chart}@${migrated.upstream.version})` : "";
    showUndoable({
      kind: "import",
      title: `Imported ${source.name ?? "values.yaml"}${from}`,
      message: `values.yaml was replaced; the release name and namespace were kept.${runs ? " The changes tab compares with it as what runs." : ""}`,
      undo: () => {
        store.setText(before);
        store.setDeployed(deployedBefore);
      },
      undone: { title: "Import undone", message: "values.yaml is back to what it was." },
    });
  };

  return (
    <Modal opened onClose={onClose} title="Import values.yaml" size="xl">
      <Stack gap="sm">
        <Text size="sm">
          Paste your values.yaml, choose a file, or drop one anywhere on the page. Values for any release of dagger's chart or the kubiya fork, or for
          this chart, are understood, and so is a parent chart's values with the engine under one key such as dagger:. Your comments and key order are
          kept. For a release you run now, Use migrated values keeps its engine, host paths and StatefulSet fields, so that helm upgrade goes through.
        </Text>
        <Group gap="sm">
          <ChooseFileButton onRead={picked} />
          {source.name && (
            <Text size="sm" c="dimmed">
              From {source.name}
              {shownBlock ? `: its ${shownBlock}: block` : ""}
            </Text>
          )}
        </Group>
        <SourceTextarea
          label="values.yaml to import"
          description={shownBlock ? `The ${shownBlock}: block of the file, as it will be imported (with its comments).` : undefined}
          // A large file is imported as it is; the values.yaml tab shows it once imported.
          placeholder={hidden ? `${sourceName}: ${(source.text.length / 1e6).toFixed(1)} MB, not shown here. Paste here to import something else.` : "engine:\n  kind: StatefulSet"}
          value={hidden ? "" : source.text}
          onChange={(event) => {
            setSource({ text: event.currentTarget.value });
            setBlock(undefined);
            setShownBlock(undefined);
          }}
        />
        {source.name && <FileNote name={source.name} note={source.fileNote} />}
        {slowProgress && (
          <Stack gap={4} role="status" aria-label="Import progress">
            <Text size="sm">
              Reading {sourceName} ({(source.text.length / 1e6).toFixed(1)} MB): {slowProgress.stage}…
            </Text>
            <Progress value={Math.max(5, slowProgress.done * 100)} aria-label={`Reading ${sourceName}`} animated />
          </Stack>
        )}
        {outcome && <ImportOutcomeView outcome={outcome} onBlock={setBlock} />}
        {/* The worker sends the values only up to MIGRATION_KEY_LIMIT keys: a larger file is imported as written. */}
        {outcome?.kind === "values" &&
          (outcome.values ? (
            <MigrationPanel text={outcome.text} values={outcome.values} release={release} onMigrated={onMigrated} />
          ) : (
            <Text size="sm" c="dimmed">
              Moving from dagger&apos;s chart or the fork is offered for files of up to {MIGRATION_KEY_LIMIT} keys; this one has {keys.toLocaleString("en")}, and is imported as
              written.
            </Text>
          ))}
        {outcome?.kind === "values" && (
          <Checkbox
            size="sm"
            checked={runs}
            onChange={(event) => setRuns(event.currentTarget.checked)}
            label="This is what runs (helm get values -o yaml): compare my changes with it (upgrade mode)"
            description="The changes tab then shows what helm upgrade would do to the running engines: refusals, lost cache, restarts, and the way through."
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button variant={migration ? "default" : "filled"} onClick={() => confirm()} disabled={outcome?.kind !== "values"} loading={Boolean(slowProgress)}>
            Import
          </Button>
          {migration && outcome?.kind === "values" && <Button onClick={() => confirm(migration)}>Use migrated values</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
