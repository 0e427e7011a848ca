import { TagsInput } from "@mantine/core";
import { fieldId } from "../../fields/field-path";
import { useFieldError } from "../../fields/problems";
import { clearedValue, useValue } from "../../fields/use-value";

const PATH = "engine.containerSecurityContext.capabilities";
const COMMON = ["ALL", "SYS_ADMIN", "NET_ADMIN", "NET_BIND_SERVICE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "SETUID", "SETGID", "KILL", "MKNOD", "SYS_CHROOT"];

type TCapabilities = { add?: string[] | null; drop?: string[] | null } | null | undefined;

/**
 * capabilities.add or .drop. An emptied list is cleared (null where the chart has a default, so
 * that Helm does not bring back add: [ALL]), and so is a capabilities object left with nothing.
 */
export function CapabilitiesField({ list, label, description }: { list: "add" | "drop"; label: string; description: string }) {
  const [capabilities, setCapabilities] = useValue<TCapabilities>(PATH);
  const error = useFieldError(`${PATH}.${list}`, true);
  const write = (next: string[]) => {
    const { [list]: _old, ...rest } = capabilities ?? {};
    const cleared = clearedValue(`${PATH}.${list}`);
    const updated = next.length ? { ...rest, [list]: next.map((cap) => cap.trim().toUpperCase()) } : cleared === null ? { ...rest, [list]: null } : rest;
    const empty = Object.values(updated).every((entry) => entry === null);
    setCapabilities(empty ? undefined : updated);
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
