// One engine.json setting per input, each showing the core's problems at its key path, with an
// element id under engine.configJson so that the wizard's warnings and the error list link to it.
import { Checkbox, Input, SegmentedControl, TagsInput, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { atField, typedSetting, type TJsonPath } from "./json-fields";
import { formatJsonPath } from "../../../../src";
import { problemsAt, settingId, useEngineJson } from "./engine-json-state";

function valueAt(fields: unknown, path: TJsonPath): unknown {
  let node = fields;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The problems at a setting as one error text, or undefined. */
export function useSettingError(path: TJsonPath, nested = false): string | undefined {
  const { problems } = useEngineJson();
  const mine = problemsAt(problems, path, nested);
  return mine.length ? mine.map((problem) => atField(formatJsonPath(path), problem.message)).join(" ") : undefined;
}

export function useSetting<T>(path: TJsonPath): [T | undefined, (value: unknown) => void, boolean] {
  const { fields, set, editable } = useEngineJson();
  return [valueAt(fields, path) as T | undefined, (value) => set(path, value), editable];
}

interface TSettingProps {
  path: TJsonPath;
  label: string;
  description?: ReactNode;
  placeholder?: string;
}

/** A size (bytes, 512MB, 10%), a duration (3600, 48h) or a byte count, as typed: the engine's rules check it. */
export function SizeSetting({ path, label, description, placeholder }: TSettingProps) {
  const [value, setValue, editable] = useSetting<number | string>(path);
  return (
    <TextInput
      id={settingId(path)}
      label={label}
      description={description}
      placeholder={placeholder}
      value={value === undefined ? "" : String(value)}
      onChange={(event) => setValue(typedSetting(event.currentTarget.value))}
      error={useSettingError(path)}
      disabled={!editable}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

/** An optional boolean: not set (the engine's default), true or false. */
export function TriStateSetting({ path, label, description, defaultText }: TSettingProps & { defaultText: string }) {
  const [value, setValue, editable] = useSetting<boolean>(path);
  return (
    <Input.Wrapper id={`${settingId(path)}-wrapper`} label={label} labelElement="div" description={description} error={useSettingError(path)}>
      <SegmentedControl
        id={settingId(path)}
        aria-label={label}
        display="flex"
        mt={4}
        size="xs"
        disabled={!editable}
        data={[
          { value: "unset", label: `Not set (${defaultText})` },
          { value: "true", label: "true" },
          { value: "false", label: "false" },
        ]}
        value={value === undefined ? "unset" : String(value)}
        onChange={(next) => setValue(next === "unset" ? undefined : next === "true")}
      />
    </Input.Wrapper>
  );
}

/** A boolean whose false is the engine's default: unchecked removes the key. */
export function CheckSetting({ path, label, description }: TSettingProps) {
  const [value, setValue, editable] = useSetting<boolean>(path);
  return (
    <Checkbox
      id={settingId(path)}
      label={label}
      description={description}
      checked={value === true}
      onChange={(event) => setValue(event.currentTarget.checked ? true : undefined)}
      error={useSettingError(path)}
      disabled={!editable}
    />
  );
}

/** A list of strings (mirrors, CA files, filters), one tag each. */
export function ListSetting({ path, label, description, placeholder }: TSettingProps) {
  const [value, setValue, editable] = useSetting<string[]>(path);
  return (
    <TagsInput
      id={settingId(path)}
      label={label}
      description={description}
      placeholder={placeholder}
      value={(value ?? []).filter((item): item is string => typeof item === "string")}
      onChange={(next) => setValue(next.length ? next : undefined)}
      error={useSettingError(path, true)}
      disabled={!editable}
      acceptValueOnBlur
      splitChars={[",", " "]}
    />
  );
}
