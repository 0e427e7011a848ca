// Loaded only through React.lazy (the changes tab): "Compare with what runs". The user pastes or
// chooses the output of `helm get values <release> -o yaml` or `helm get manifest <release>`; the
// core reads it as the CLI's upgrade-check does and says what it understood or what is wrong and
// where. Nothing changes until Compare is pressed; then the changes tab compares with it.
import { Alert, Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { readDeployedRelease } from "../../src";
import { useWizard, useWizardStore } from "../form/use-wizard";
import { ChooseFileButton, FileNote, SourceTextarea } from "../import/FileSource";
import type { TReadFile } from "../import/read-file";
import { showChangesTab } from "../preview/show-values";
import classes from "./upgrade.module.css";

const PASTED = "deployed release";

type TRead = { ok: true; description: string; notes: string[] } | { ok: false; message: string };

/** What the core makes of the text (the wizard's release for values, the manifest's own otherwise). */
function readText(text: string, name: string, release: { name: string; namespace: string }): TRead {
  try {
    const read = readDeployedRelease({ deployedText: text, deployedName: name });
    const deployed = read.baseline.source === "values" ? readDeployedRelease({ deployedText: text, deployedName: name, release: release.name, namespace: release.namespace }) : read;
    return { ok: true, description: `${deployed.baseline.description}, release "${deployed.release}" in namespace ${deployed.namespace}`, notes: deployed.baseline.notes };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

export default function DeployedDialog({ onClose }: { onClose: () => void }) {
  const store = useWizardStore();
  const release = useWizard((state) => state.release);
  const current = useWizard((state) => state.deployed);
  const [text, setText] = useState(current?.text ?? "");
  const [name, setName] = useState(current?.name ?? PASTED);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [fileNote, setFileNote] = useState<string | undefined>(undefined);
  const [debounced] = useDebouncedValue(text, 200);

  const picked = (read: TReadFile) => {
    setName(read.name);
    setFileError(read.ok ? undefined : read.message);
    setFileNote(read.ok ? read.note : undefined);
    setText(read.ok ? read.text : "");
  };

  const read = useMemo(() => (debounced.trim() ? readText(debounced, name, release) : undefined), [debounced, name, release]);
  const ready = read?.ok === true && debounced === text;

  const compare = () => {
    store.setDeployed({ text, name });
    onClose();
    showChangesTab();
  };

  return (
    <Modal opened onClose={onClose} title="Compare with what runs" size="xl">
      <Stack gap="sm">
        <Text size="sm">
          Paste what the release runs, or choose the file you saved it in. Either output works: the values it was installed with, read with the chart
          they were written for (this chart, dagger's or the kubiya fork, detected from the keys), or the manifests Helm applied:
        </Text>
        <Code block>{`helm get values ${release.name} --namespace ${release.namespace} -o yaml\nhelm get manifest ${release.name} --namespace ${release.namespace}`}</Code>
        <Text size="sm">
          The changes tab then compares your current settings with it: what Kubernetes would refuse, what loses the cache, which pods restart, and
          the way through. Your values.yaml is not changed.
        </Text>
        <Group gap="sm">
          <ChooseFileButton onRead={picked} />
          {name !== PASTED && (
            <Text size="sm" c="dimmed">
              From {name}
            </Text>
          )}
        </Group>
        <SourceTextarea
          label="What runs (helm get values -o yaml, or helm get manifest)"
          placeholder={"engine:\n  kind: StatefulSet"}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setName(PASTED);
            setFileError(undefined);
            setFileNote(undefined);
          }}
        />
        <FileNote name={name} note={fileNote} />
        {fileError && (
          <Alert color="red" variant="light" role="alert">
            {fileError}
          </Alert>
        )}
        {read && !read.ok && (
          <Alert color="red" variant="light" title="This cannot be compared with" role="alert">
            <pre className={classes.message}>{read.message}</pre>
          </Alert>
        )}
        {read?.ok && (
          <Alert color="teal" variant="light" title="Understood">
            <Text size="sm">Compared with {read.description}.</Text>
            {read.notes.map((note) => (
              <Text size="xs" c="dimmed" key={note} mt={4}>
                {note}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={compare} disabled={!ready}>
            Compare
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
