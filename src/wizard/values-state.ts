// Everything the wizard shows derives from one state, the user's values.yaml text. This reads a
// text once: its values as the user wrote them, as Helm's templates see them, and what is wrong
// with them (the form merges the user's values over the defaults itself, key by key). The
// answers for the last few texts are kept, keyed by the text itself: a pure function's cache,
// not a second copy of the state.
import { parseValuesText } from "../document/values-document";
import type { TValues } from "../values/schema";
import type { Table } from "../values/tree";
import { unknownKeys, type UnknownKey } from "../values/unknown-keys";
import { type ValuesProblem } from "../values/validate";
import { validateValues } from "../render/validate";
import type { ValuesSyntaxError } from "./syntax-error";

export interface ValuesSnapshot {
  /** The text these values were read from. */
  text: string;
  /** The values as the text writes them. */
  userValues: Table;
  /** The values Helm's templates see: the user's coalesced with the defaults. */
  values: TValues;
  /** What Helm would refuse, with the key path (release-independent rules only). */
  problems: ValuesProblem[];
  /** Keys the chart does not know, with a "did you mean". */
  unknownKeys: UnknownKey[];
}

export { positionText, syntaxErrorText, type ValuesSyntaxError } from "./syntax-error";

export type ValuesReading = { ok: true; snapshot: ValuesSnapshot } | ({ ok: false } & ValuesSyntaxError);

const CACHE_SIZE = 8;
const cache = new Map<string, ValuesReading>();

/** Reads a values.yaml text; the same text gives the same (identical) answer while it is cached. */
export function readValuesText(text: string): ValuesReading {
  const cached = cache.get(text);
  if (cached) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const reading = read(text);
  cache.set(text, reading);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return reading;
}

function read(text: string): ValuesReading {
  const parsed = parseValuesText(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, position: parsed.position };
  const userValues = parsed.values;
  const { values, problems } = validateValues(userValues);
  return {
    ok: true,
    snapshot: {
      text,
      userValues,
      values,
      problems,
      unknownKeys: unknownKeys(userValues),
    },
  };
}
