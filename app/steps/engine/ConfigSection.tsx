import { CodeField } from "../../fields/CodeField";
import { FormSection } from "../../fields/FormSection";
import { FieldGrid } from "../../fields/FieldGrid";

export function ConfigSection() {
  return (
    <FormSection title="Engine configuration files" description="Either file creates a ConfigMap mounted under /etc/dagger/; the pods restart when it changes.">
      <FieldGrid cols={2}>
        <CodeField path="engine.config" label="engine.toml" language="ini" />
        <CodeField path="engine.configJson" label="engine.json" language="json" />
      </FieldGrid>
    </FormSection>
  );
}
