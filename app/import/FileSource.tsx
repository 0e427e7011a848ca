// The two ways a dialog takes a YAML file the user has (the import, and upgrade mode's "what
// runs"): choose the file, read as every file the wizard takes is (size limit, UTF-8 or UTF-16),
// or paste it into a monospace text box that grows with it. A file read other than as written
// says so (FileNote).
import { Alert, Button, FileButton, Textarea, type TextareaProps } from "@mantine/core";
import { IconAlertTriangle, IconFileUpload } from "@tabler/icons-react";
import classes from "./import.module.css";
import { readValuesFile, type TReadFile } from "./read-file";

const YAML_TYPES = ".yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/plain";

/** "Choose a file…": `onRead` gets the file's text, or what is wrong with it; nothing when the user cancels. */
export function ChooseFileButton({ onRead }: { onRead: (read: TReadFile) => void }) {
  const pick = async (picked: File | null) => {
    if (!picked) return;
    onRead(await readValuesFile(picked));
  };
  return (
    <FileButton onChange={(picked) => void pick(picked)} accept={YAML_TYPES}>
      {(props) => (
        <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden />}>
          Choose a file…
        </Button>
      )}
    </FileButton>
  );
}

export function SourceTextarea(props: Pick<TextareaProps, "label" | "description" | "placeholder" | "value" | "onChange">) {
  return <Textarea {...props} autosize minRows={6} maxRows={14} spellCheck={false} classNames={{ input: classes.source }} />;
}

/** Where a file stops being read as written (a UTF-16 file Helm 4 reads one byte over): what the wizard took from it is what Helm 4 takes. */
export function FileNote({ name, note }: { name: string; note: string | undefined }) {
  if (!note) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`${name} is read as Helm 4 reads it, not as written`} role="alert">
      {note}.
    </Alert>
  );
}
