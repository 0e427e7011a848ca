// engine.json's log level and security settings.
import { Select } from "@mantine/core";
import { LOG_LEVELS } from "../../../../src";
import { settingId } from "./engine-json-state";
import { TriStateSetting, useSetting, useSettingError } from "./inputs";
import { FieldGrid } from "../../../fields/FieldGrid";

export function GeneralSettings() {
  const [level, setLevel, editable] = useSetting<string>(["logLevel"]);
  // A level the engine refuses still shows, with its error, rather than vanishing from the list.
  const levels = level && !(LOG_LEVELS as readonly string[]).includes(level) ? [level, ...LOG_LEVELS] : [...LOG_LEVELS];
  return (
    <FieldGrid cols={2}>
      <Select
        id={settingId(["logLevel"])}
        label="Log level"
        description="Not set: the engine logs at debug (trace when engine.toml says trace = true)."
        placeholder="Not set"
        data={levels}
        value={level ?? null}
        onChange={(next) => setLevel(next ?? undefined)}
        clearable
        disabled={!editable}
        error={useSettingError(["logLevel"])}
      />
      <TriStateSetting
        path={["security", "insecureRootCapabilities"]}
        label="Insecure root capabilities"
        defaultText="allowed"
        description="Whether withExec may ask for insecure root capabilities (allowed unless false): false hardens the engine."
      />
    </FieldGrid>
  );
}
