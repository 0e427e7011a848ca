import { Radio, Stack } from "@mantine/core";
import { useState } from "react";
import { fieldId } from "../../fields/field-path";
import { FormSection } from "../../fields/FormSection";
import { WarningList } from "../../fields/WarningList";
import { SwitchField } from "../../fields/SwitchField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";

export function MagicacheSection() {
  const [enabled] = useValue<boolean>("magicache.enabled");
  const [secretName, setSecretName] = useValue<string>("magicache.secretName");
  const [token, setToken] = useValue<string>("magicache.token");
  const [source, setSource] = useState<"token" | "secret">(secretName ? "secret" : "token");
  const choose = (next: "token" | "secret") => {
    setSource(next);
    // Only one of them reaches the chart: the secret wins over the token there anyway.
    if (next === "token" && secretName) setSecretName("");
    if (next === "secret" && token) setToken("");
  };
  return (
    <FormSection title="Magicache" description="Dagger Cloud's distributed cache: engines share cache entries through it.">
      <SwitchField path="magicache.enabled" label="Use magicache" />
      {enabled && (
        <Stack gap="sm">
          <TextField path="magicache.url" label="Magicache URL" />
          <Radio.Group id={fieldId("magicache.source")} label="Token" value={source} onChange={(next) => choose(next as "token" | "secret")}>
            <Stack gap={6} mt={6}>
              <Radio value="token" label="Paste the token: the chart stores it in a Secret" />
              <Radio value="secret" label="Use an existing Secret holding _EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN" />
            </Stack>
          </Radio.Group>
          {source === "token" ? (
            <TextField path="magicache.token" label="Magicache token" secret placeholder="dag_…" />
          ) : (
            <TextField path="magicache.secretName" label="Secret name" placeholder="dagger-cloud-token" />
          )}
        </Stack>
      )}
      <WarningList prefixes={["magicache"]} />
    </FormSection>
  );
}
