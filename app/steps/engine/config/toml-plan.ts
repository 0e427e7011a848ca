// What converting engine.toml would do, before anything changes: the TOML parsed by smol-toml
// (a kept TOML 1.0 parser), its settings converted by the core, and the problems the engine in
// use would have with the result.
import { parse, TomlError } from "smol-toml";
import { convertLegacyToml, engineHas, readEngineConfig, type EngineVersion, type LegacyConversion, type TextProblem } from "../../../../src";

export type TTomlPlan =
  | { ok: false; error: string }
  | {
      ok: true;
      conversion: LegacyConversion;
      /** engine.json as it would be, checked for the engine in use. */
      problems: TextProblem[];
      /** Every setting went to engine.json: engine.toml can go. */
      complete: boolean;
      /** The engine in use reads no engine.json at all (before v0.15.0). */
      noEngineJson: boolean;
    };

export function planTomlConversion(toml: string, json: string, version: EngineVersion): TTomlPlan {
  let parsed: Record<string, unknown>;
  try {
    parsed = parse(toml);
  } catch (error) {
    if (error instanceof TomlError) return { ok: false, error: `engine.toml line ${error.line}, column ${error.column}: ${error.message.split("\n")[0]}` };
    throw error;
  }
  const conversion = convertLegacyToml(parsed, json, version);
  return {
    ok: true,
    conversion,
    problems: readEngineConfig(conversion.json, version).problems,
    complete: conversion.notes.length === 0,
    noEngineJson: engineHas("engineJson", version) === false,
  };
}
