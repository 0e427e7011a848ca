import { Stack } from "@mantine/core";
import { CodeField } from "../../fields/CodeField";
import { FormSection } from "../../fields/FormSection";

export function ConfigSection() {
  return (
    <FormSection title="Engine configuration files" description="Either file creates a ConfigMap mounted under /etc/dagger/; the pods restart when it changes.">
      <Stack gap="md">
        <CodeField path="engine.config" label="engine.toml" language="ini" />
        <CodeField path="engine.configJson" label="engine.json" language="json" />
      </Stack>
    </FormSection>
  );
}
