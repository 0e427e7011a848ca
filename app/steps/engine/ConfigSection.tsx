// The engine's configuration files: engine.json as fields checked by the engine release in use,
// and the legacy engine.toml with an offer to convert it. Both load with this section, apart from
// the first screen (the TOML parser only when there is an engine.toml).
import { Loader, Stack } from "@mantine/core";
import { lazy, Suspense } from "react";
import { CodeField } from "../../fields/CodeField";
import { FormSection } from "../../fields/FormSection";
import { useValue } from "../../fields/use-value";
import type { TWarningPath } from "../../fields/problems";
import { WarningList } from "../../fields/WarningList";

const EngineJsonForm = lazy(() => import("./config/EngineJsonForm"));
const TomlConversion = lazy(() => import("./config/TomlConversion"));

/** Where the wizard puts the default-GC-on-a-small-volume warning, and a GC switched off. */
const GC_WARNINGS: TWarningPath[] = ["engine.statefulSet.persistentVolumeClaim.resources.requests.storage", "engine.configJson.gc.enabled"];

export function ConfigSection() {
  const [toml] = useValue<string | undefined>("engine.config");
  return (
    <>
      <FormSection title="Engine configuration (engine.json)" description="The engine's own settings, mounted at /etc/dagger/engine.json; the pods restart when it changes.">
        <WarningList prefixes={GC_WARNINGS} />
        <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the engine.json fields" />}>
          <EngineJsonForm />
        </Suspense>
      </FormSection>
      <FormSection title="Legacy engine.toml" description="BuildKit's configuration, mounted at /etc/dagger/engine.toml: what the runner products pass today.">
        <Stack gap="md">
          {toml ? (
            <Suspense fallback={null}>
              <TomlConversion />
            </Suspense>
          ) : null}
          <CodeField path="engine.config" label="engine.toml" language="ini" />
        </Stack>
      </FormSection>
    </>
  );
}
