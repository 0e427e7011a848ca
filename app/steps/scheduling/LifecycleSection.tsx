import { Select, Stack } from "@mantine/core";
import { fieldHelp } from "../../fields/field-help";
import { fieldId } from "../../fields/field-path";
import { FormSection } from "../../fields/FormSection";
import { NumberField } from "../../fields/NumberField";
import { StringListField } from "../../fields/StringListField";
import { useValue } from "../../fields/use-value";
import { FieldGrid } from "../../fields/FieldGrid";

type TLifecycle = { preStop?: Record<string, unknown>; postStart?: Record<string, unknown> } | undefined;
type TPreStop = "none" | "exec" | "sleep";

const PRE_STOP: Record<Exclude<TPreStop, "none">, Record<string, unknown>> = {
  // Lets running pipelines finish before the engine gets SIGTERM.
  sleep: { sleep: { seconds: 30 } },
  exec: { exec: { command: ["sh", "-c", "sleep 30"] } },
};

export function LifecycleSection() {
  const [lifecycle, setLifecycle] = useValue<TLifecycle>("engine.lifecycle");
  const preStop = lifecycle?.preStop;
  const choice: TPreStop = preStop?.exec ? "exec" : preStop?.sleep ? "sleep" : "none";
  const choose = (next: TPreStop) => {
    const { preStop: _old, ...rest } = lifecycle ?? {};
    setLifecycle(next === "none" ? rest : { ...rest, preStop: PRE_STOP[next] });
  };
  return (
    <FormSection title="Stopping" description="What happens when an engine pod is stopped (an upgrade, a node drain).">
      <FieldGrid cols={2}>
        <Stack gap="xs">
          <Select
            id={fieldId("engine.lifecycle.preStop")}
            label="preStop hook"
            description={fieldHelp("engine.lifecycle", "preStop hook")}
            data={[
              { value: "none", label: "None" },
              { value: "sleep", label: "Wait some seconds" },
              { value: "exec", label: "Run a command" },
            ]}
            value={choice}
            onChange={(next) => next && choose(next as TPreStop)}
            allowDeselect={false}
          />
          {choice === "sleep" && <NumberField path="engine.lifecycle.preStop.sleep.seconds" label="Seconds to wait" description="" emptyValue={0} />}
          {choice === "exec" && <StringListField path="engine.lifecycle.preStop.exec.command" label="preStop command" itemLabel="Command word" />}
        </Stack>
        <NumberField path="engine.terminationGracePeriodSeconds" label="Termination grace period" emptyValue={300} max={999999} suffix=" s" />
      </FieldGrid>
    </FormSection>
  );
}
