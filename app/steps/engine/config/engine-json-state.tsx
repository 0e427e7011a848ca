// The engine.json form's state: the text in values.yaml (engine.configJson) read by the core for
// the engine release the values run, and writes that go back through the core's writer (only the
// changed keys are rewritten) and then through values.yaml's own writer, like any field.
import { notifications } from "@mantine/notifications";
import { createContext, use, useMemo, type ReactNode } from "react";
import {
  CHART,
  configFeatures,
  engineImageRef,
  engineVersionOf,
  formatJsonPath,
  readEngineConfig,
  writeEngineConfig,
  type EngineConfigFields,
  type EngineVersion,
  type TextProblem,
} from "../../../../src";
import { checkedValuesOf } from "../../../fields/problems";
import { useValue } from "../../../fields/use-value";
import { sameData, useWizard } from "../../../form/use-wizard";
import { withSetting, type TJsonPath } from "./json-fields";

export interface TEngineJson {
  text: string;
  fields: EngineConfigFields;
  problems: TextProblem[];
  version: EngineVersion;
  features: ReturnType<typeof configFeatures>;
  /** The text is empty or a JSON object: the fields can change it. */
  editable: boolean;
  set: (path: TJsonPath, value: unknown) => void;
  setFields: (fields: EngineConfigFields) => void;
}

const EngineJsonContext = createContext<TEngineJson | null>(null);

export function useEngineJson(): TEngineJson {
  const state = use(EngineJsonContext);
  if (!state) throw new Error("useEngineJson needs an EngineJsonProvider above it");
  return state;
}

/** The element id of a setting's field: under engine.configJson, where the wizard's warnings point. */
export const settingId = (path: TJsonPath | string): string => `field-engine.configJson${path.length ? `.${typeof path === "string" ? path : formatJsonPath(path)}` : ""}`;

/** The problems at a setting (or, nested, inside it). */
export function problemsAt(problems: TextProblem[], path: TJsonPath, nested = false): TextProblem[] {
  const at = formatJsonPath(path);
  return problems.filter((problem) => problem.path === at || (nested && (problem.path.startsWith(`${at}.`) || problem.path.startsWith(`${at}[`))));
}

function isObjectText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The engine release the values run: their image's tag, or the chart's appVersion. */
export function useEngineVersion(): EngineVersion {
  return useWizard((state) => engineVersionOf(engineImageRef(checkedValuesOf(state), CHART.appVersion)), sameData);
}

export function EngineJsonProvider({ children }: { children: ReactNode }) {
  const [stored, setText] = useValue<string | undefined>("engine.configJson");
  const text = stored ?? "";
  const version = useEngineVersion();
  const state = useMemo((): TEngineJson => {
    const reading = readEngineConfig(text, version);
    const setFields = (fields: EngineConfigFields) => {
      try {
        const written = writeEngineConfig(text, fields);
        // Nothing left to set: no engine.json at all (the chart's default ""), rather than a ConfigMap holding {}.
        setText(isObjectText(written) && Object.keys(JSON.parse(written) as object).length === 0 ? "" : written);
      } catch (error) {
        notifications.show({ color: "red", title: "engine.json was not changed", message: (error as Error).message });
      }
    };
    return {
      text,
      fields: reading.fields,
      problems: reading.problems,
      version,
      features: configFeatures(version),
      editable: text.trim() === "" || isObjectText(text),
      set: (path, value) => setFields(withSetting(reading.fields, path, value)),
      setFields,
    };
  }, [text, version, setText]);
  return <EngineJsonContext value={state}>{children}</EngineJsonContext>;
}
