// Loaded only through React.lazy (import-context.tsx): the import of a values.yaml the user has.
// Paste it, choose a file or drop one; the core says what it understood (the chart it was written
// for, aliases, unknown keys with a "did you mean") or what is wrong and where. Nothing changes
// until Import is pressed, and then the notification offers Undo.
import { Button, FileButton, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFileUpload } from "@tabler/icons-react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { importParentBlock, importValuesText, type ImportOutcome } from "../../src/import/import-values";
import type { Migration } from "../../src/migrate";
import { useWizard, useWizardStore } from "../form/use-wizard";
import classes from "./import.module.css";
import { ImportOutcomeView } from "./ImportOutcomeView";
import { MigrationPanel } from "./MigrationPanel";
import { readValuesFile, type TReadFile } from "./read-file";

interface TSource {
  text: string;
  /** Where the text came from: a file's name, or undefined when pasted. */
  name?: string;
  /** A file that could not be read as text. */
  fileError?: string;
}

const sourceOf = (file: TReadFile | undefined): TSource => (!file ? { text: "" } : file.ok ? { text: file.text, name: file.name } : { text: "", name: file.name, fileError: file.message });

export default function ImportDialog({ file, onClose }: { file: File | undefined; onClose: () => void }) {
  const store = useWizardStore();
  const [source, setSource] = useState<TSource>({ text: "" });
  const [block, setBlock] = useState<string | undefined>(undefined);
  const [migration, setMigration] = useState<Migration | undefined>(undefined);
  const onMigrated = useCallback((next: Migration | undefined) => setMigration(next), []);
  const release = useWizard((state) => state.release);
  // A dropped file: read it (asynchronously) into the dialog; a newer drop wins.
  useEffect(() => {
    if (!file) return;
    let current = true;
    void readValuesFile(file).then((read) => {
      if (!current) return;
      setSource(sourceOf(read));
      setBlock(undefined);
    });
    return () => {
      current = false;
    };
  }, [file]);

  const outcome = useMemo((): ImportOutcome | undefined => {
    if (source.fileError) return { kind: "error", message: source.fileError };
    if (source.text.trim() === "") return undefined;
    return importValuesText(source.text);
  }, [source]);

  /** A parent chart's block chosen: the text box shows that block, as it will be imported. */
  const chooseBlock = (key: string) => {
    const read = importParentBlock(source.text, key);
    if (read.kind !== "values") return;
    setSource({ ...source, text: read.text });
    setBlock(key);
  };

  const pick = async (picked: File | null) => {
    if (!picked) return;
    setSource(sourceOf(await readValuesFile(picked)));
    setBlock(undefined);
  };

  /** Imports the file as written, or the migrated values when given. */
  const confirm = (migrated?: Migration) => {
    if (outcome?.kind !== "values") return;
    const before = store.getState().text;
    store.setText(migrated ? migrated.valuesText : outcome.text);
    onClose();
    const id = `import-${crypto.randomUUID()}`;
    const from = migrated ? ` (migrated from ${migrated.upstream.chart}@${migrated.upstream.version})` : "";
    notifications.show({
      id,
      color: "teal",
      title: `Imported ${source.name ?? "values.yaml"}${from}`,
      message: (
        <>
          values.yaml was replaced; the release name and namespace were kept.{" "}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              store.setText(before);
              notifications.hide(id);
              notifications.show({ color: "gray", title: "Import undone", message: "values.yaml is back to what it was." });
            }}
          >
            Undo
          </Button>
        </>
      ),
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
          <FileButton onChange={(picked) => void pick(picked)} accept=".yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/plain">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden />}>
                Choose a file…
              </Button>
            )}
          </FileButton>
          {source.name && (
            <Text size="sm" c="dimmed">
              From {source.name}
              {block ? `: its ${block}: block` : ""}
            </Text>
          )}
        </Group>
        <Textarea
          label="values.yaml to import"
          description={block ? `The ${block}: block of the file, as it will be imported (with its comments).` : undefined}
          placeholder={"engine:\n  kind: StatefulSet"}
          value={source.text}
          onChange={(event) => {
            setSource({ text: event.currentTarget.value });
            setBlock(undefined);
          }}
          autosize
          minRows={6}
          maxRows={14}
          spellCheck={false}
          classNames={{ input: classes.source }}
        />
        {outcome && <ImportOutcomeView outcome={outcome} onBlock={chooseBlock} />}
        {outcome?.kind === "values" && <MigrationPanel text={outcome.text} values={outcome.values} release={release} onMigrated={onMigrated} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button variant={migration ? "default" : "filled"} onClick={() => confirm()} disabled={outcome?.kind !== "values"}>
            Import
          </Button>
          {migration && outcome?.kind === "values" && <Button onClick={() => confirm(migration)}>Use migrated values</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
