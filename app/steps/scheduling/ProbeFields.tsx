import { Fieldset, Select, Stack, Text } from "@mantine/core";
import { fieldHelp } from "../../fields/field-help";
import { fieldId } from "../../fields/field-path";
import { NumberField } from "../../fields/NumberField";
import { useFieldError } from "../../fields/problems";
import { StringListField } from "../../fields/StringListField";
import { TextField } from "../../fields/TextField";
import { useValue } from "../../fields/use-value";
import { HANDLER_LABELS, PROBE_HANDLERS, probeHandler, withHandler, type TProbe, type TProbeHandler } from "./probe-handler";
import { FieldGrid } from "../../fields/FieldGrid";

const TIMINGS = [
  ["initialDelaySeconds", "Initial delay", "s"],
  ["periodSeconds", "Period", "s"],
  ["timeoutSeconds", "Timeout", "s"],
  ["successThreshold", "Success threshold", ""],
  ["failureThreshold", "Failure threshold", ""],
] as const;

/** One probe: its handler (with "none" for an optional probe) and its timings. */
export function ProbeFields({ probe, title, optional }: { probe: "readinessProbe" | "livenessProbe"; title: string; optional: boolean }) {
  const path = `engine.${probe}` as const;
  const [value, setValue] = useValue<TProbe | undefined>(path);
  const error = useFieldError(path);
  const handler = probeHandler(value);
  const empty = !value || Object.keys(value).length === 0;
  const choice = optional && empty ? "none" : (handler ?? "default");
  const data = [...(optional ? ["none"] : []), "default", ...PROBE_HANDLERS].map((key) => ({ value: key, label: HANDLER_LABELS[key as TProbeHandler] }));
  return (
    <Fieldset legend={<Text fw={600}>{title}</Text>} variant="unstyled">
    <Stack gap="xs">
      <Select
        id={fieldId(path)}
        label="Handler"
        description={fieldHelp(path, "Handler")}
        data={data}
        value={choice}
        onChange={(next) => next && setValue(next === "none" ? {} : withHandler(value, next as TProbeHandler | "default"))}
        allowDeselect={false}
        error={error}
      />
      {handler === "exec" && <StringListField path={`${path}.exec.command`} label="Command" itemLabel="Command word" />}
      {(handler === "httpGet" || handler === "tcpSocket" || handler === "grpc") && (
        <FieldGrid cols={2}>
          {handler === "httpGet" && <TextField path={`${path}.httpGet.path`} label="HTTP path" placeholder="/healthz" description="" />}
          <NumberField path={`${path}.${handler}.port`} label="Port" emptyValue={8080} min={1} max={65535} description="" />
        </FieldGrid>
      )}
      {choice !== "none" && (
        <FieldGrid cols={5}>
          {TIMINGS.map(([key, label, suffix]) => (
            <NumberField key={key} path={`${path}.${key}`} label={label} description="" emptyValue={undefined} min={key === "initialDelaySeconds" ? 0 : 1} suffix={suffix ? ` ${suffix}` : undefined} placeholder="default" compact={false} />
          ))}
        </FieldGrid>
      )}
    </Stack>
    </Fieldset>
  );
}
