import { NativeSelect, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { fieldId } from "../../fields/field-path";
import { FormSection } from "../../fields/FormSection";
import { SelectField } from "../../fields/SelectField";
import { StringListField } from "../../fields/StringListField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";
import { defaultImage, ENGINE_VERSIONS, imageChoice, versionImage, type TImageChoice } from "./image-choice";
import { FieldGrid } from "../../fields/FieldGrid";
import { CHART, imageRefOf } from "../../../src";
import { WarningList } from "../../fields/WarningList";

export function ImageSection() {
  const [ref, setRef] = useValue<string>("engine.image.ref");
  // dagger's chart before 0.13 took the image as repository and tag; ref wins over both.
  const [repository] = useValue<string>("engine.image.repository");
  const [tag] = useValue<string>("engine.image.tag");
  const legacy = !ref && (repository || tag) ? imageRefOf({ repository, tag }, CHART.appVersion) : undefined;
  const stored = imageChoice(ref ?? "");
  // "Custom" is kept while its text box is empty or happens to name a listed version.
  const [picked, setPicked] = useState<TImageChoice>(stored.choice);
  const choice = picked === "custom" ? "custom" : stored.choice;

  const choose = (next: TImageChoice) => {
    setPicked(next);
    if (next === "default") setRef("");
    if (next === "version") setRef(versionImage(stored.version ?? ENGINE_VERSIONS[0]));
  };

  return (
    <FormSection title="Engine image" description="The Dagger CLI that connects to the engine should have the same version.">
      <Radio.Group id={fieldId("engine.image")} label="Image" value={choice} onChange={(next) => choose(next as TImageChoice)}>
        <Stack gap={6} mt={6}>
          <Radio value="default" label={`Chart default: ${defaultImage()}`} />
          <Radio value="version" label="Another engine version" />
          <Radio value="custom" label="Custom image reference (a mirror, a digest)" />
        </Stack>
      </Radio.Group>
      {choice === "version" && (
        <NativeSelect
          id={fieldId("engine.image.ref")}
          label="Engine version"
          description="Sets engine.image.ref to registry.dagger.io/engine:v<version>."
          data={ENGINE_VERSIONS.map((v) => ({ value: v, label: `v${v}` }))}
          value={stored.version ?? ENGINE_VERSIONS[0]}
          onChange={(event) => setRef(versionImage(event.currentTarget.value))}
        />
      )}
      {choice === "custom" && (
        <TextField path="engine.image.ref" label="Image reference" placeholder="registry.example.com/dagger/engine:v0.21.8" />
      )}
      {choice !== "custom" && (
        <Text size="xs" c="dimmed">
          Image: {ref || legacy || defaultImage()}
          {legacy && " (from the legacy engine.image.repository and engine.image.tag; a choice here sets engine.image.ref, which wins)"}
        </Text>
      )}
      <WarningList prefixes={["engine.image"]} />
      <FieldGrid cols={2}>
        <SelectField path="engine.image.pullPolicy" label="Pull policy" data={["IfNotPresent", "Always", "Never"]} />
        <StringListField path="engine.imagePullSecrets" label="Image pull secrets" itemLabel="Pull secret" shape="names" placeholder="regcred" />
      </FieldGrid>
    </FormSection>
  );
}
