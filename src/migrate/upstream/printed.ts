// How a value comes out of a `{{ .Values.x }}` written into YAML and read back by Kubernetes:
// Go's fmt prints it, Helm blanks a missing value, and the text is read as a YAML 1.1 scalar.
import { truthy } from "../../render/context";
import { parseYaml11 } from "../../yaml/yaml11";

/** Go's `{{ value }}` text for the kinds of values a values file holds. */
export function goText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
    return String(value).replace(/e([+-])(\d)$/, "e$10$2");
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A scalar printed bare after `key: `, as YAML 1.1 reads it back (`yes` turns into true). */
export function printed(value: unknown): unknown {
  return plainScalar(goText(value));
}

/** Text that YAML 1.1 reads as a plain string for certain: letters first, then no punctuation YAML reads. */
const SURELY_STRING = /^[A-Za-z_/][\w./-]*$/;
const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;

/** Text written bare after `key: ` read back as YAML 1.1 reads it. */
export function plainScalar(text: string): unknown {
  if (SURELY_STRING.test(text) && !YAML11_WORDS.test(text)) return text;
  if (text.trim() === "") return null;
  try {
    const parsed = parseYaml11(text);
    return parsed !== null && typeof parsed === "object" ? text : parsed;
  } catch {
    return text;
  }
}

/** `{{ with x }}key: {{ toYaml x }}{{ end }}`: the value when Go templates call it true. */
export function withValue<T>(value: T): T | undefined {
  return truthy(value) ? value : undefined;
}

/** Sprig's `trunc n | trimSuffix "-"` (one dash). */
export function truncTrim(text: string, length = 63): string {
  const cut = text.slice(0, length);
  return cut.endsWith("-") ? cut.slice(0, -1) : cut;
}

/** The text of a `key: |` block whose lines come from `nindent`: one final line break (clip). */
export function literalBlock(text: string): string {
  return `${text.replace(/(\n[ \t]*)+$/, "")}\n`;
}
