import { TagsInput } from "@mantine/core";
import { fieldId } from "../../fields/field-path";
import { useFieldError } from "../../fields/problems";
import { useValue } from "../../fields/use-value";

const PATH = "engine.containerSecurityContext.capabilities";
const COMMON = ["ALL", "SYS_ADMIN", "NET_ADMIN", "NET_BIND_SERVICE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "SETUID", "SETGID", "KILL", "MKNOD", "SYS_CHROOT"];

type TCapabilities = { add?: string[]; drop?: string[] } | undefined;

/** capabilities.add or .drop; an emptied list is removed, and so is an emptied capabilities object. */
export function CapabilitiesField({ list, label, description }: { list: "add" | "drop"; label: string; description: string }) {
  const [capabilities, setCapabilities] = useValue<TCapabilities>(PATH);
  const error = useFieldError(`${PATH}.${list}`, true);
  const write = (next: string[]) => {
    const { [list]: _old, ...rest } = capabilities ?? {};
    const updated = next.length ? { ...rest, [list]: next.map((cap) => cap.trim().toUpperCase()) } : rest;
    setCapabilities(Object.keys(updated).length ? updated : undefined);
  };
  return (
    <TagsInput
      id={fieldId(`${PATH}.${list}`)}
      label={label}
      description={description}
      data={COMMON}
      value={capabilities?.[list] ?? []}
      onChange={write}
      splitChars={[",", " "]}
      placeholder="Type a capability, Enter to add"
      error={error}
      clearable
    />
  );
}
