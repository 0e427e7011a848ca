// Everything the wizard shows for one state (the release and the values.yaml text), read in one
// go where the text is parsed once: the values as the form shows them, as the templates see them,
// what is wrong with them and where in the text, the warnings, the rendered manifests and, when
// the changes view is open, its texts. The wizard runs this off the page's main thread (a Web
// Worker) on every change; nothing here keeps state but the caches of pure functions.
import { problemRanges, type ProblemRange } from "../document/problem-ranges";
import type { UnknownKey } from "../values/unknown-keys";
import type { TValues } from "../values/schema";
import type { Table } from "../values/tree";
import type { ValuesProblem } from "../values/validate";
import { coalescedValuesText, defaultManifestsText, defaultValuesText, renderedManifestsText } from "./outputs";
import { secretRanges } from "./secret-text";
import { maskedManifestsText, maskedValues } from "./secret-values";
import { filesWithSecret, secretOf } from "./secrets";
import type { WizardTextState } from "./text-state";
import { readValuesText, type ValuesSyntaxError } from "./values-state";
import { valuesWarnings, type ValuesWarning } from "./warnings";

export interface WizardReadingRequest extends WizardTextState {
  /** The changes view is open: its two values texts are wanted. */
  changes?: boolean;
  /** The user asked to see the magicache token: the changes view shows it. */
  showToken?: boolean;
}

/** What the text says, when it parses. */
export interface WizardValuesReading {
  /** The values as the text writes them. */
  userValues: Table;
  /** The values Helm's templates see: the user's coalesced with the defaults. */
  values: TValues;
  /** What Helm would refuse in the values (release-independent rules). */
  problems: ValuesProblem[];
  /** Where in the text each problem is, for the editor's markers. */
  problemRanges: ProblemRange[];
  unknownKeys: UnknownKey[];
  warnings: ValuesWarning[];
  /** The magicache token, to be masked in every view; undefined when there is none. */
  secret: string | undefined;
  /** Where the token stands in the text (start and end offsets), for the editor to dot it out. */
  secretRanges: (readonly [number, number])[];
  /** The exported files that would hold the token. */
  tokenFiles: string[];
}

export type WizardManifests = { ok: true; manifestsText: string; defaultsText: string } | { ok: false; problems: ValuesProblem[] };

export interface WizardReading {
  /** The text's values, or its syntax error (the views then keep what they showed). */
  values: { ok: true; reading: WizardValuesReading } | ({ ok: false } & ValuesSyntaxError);
  /** The manifests for the release, or what stops Helm from rendering them (a syntax error aside). */
  manifests?: WizardManifests;
  /** The changes view's texts: the values the templates see (the token dotted out unless shown) and the defaults. */
  changes?: { values: string; defaults: string };
}

/**
 * The reading of the text's values alone, without the manifests: for a large text, the form can
 * show it while the manifests (the longer part: each resource carries the labels) are rendered.
 */
export function wizardValuesReading(request: WizardReadingRequest): WizardReading["values"] {
  const read = readValuesText(request.valuesText);
  if (!read.ok) return { ok: false, message: read.message, position: read.position };
  const { userValues, values, problems, unknownKeys } = read.snapshot;
  const secret = secretOf(userValues);
  let warnings: ValuesWarning[] = [];
  try {
    warnings = valuesWarnings(values);
  } catch {
    // Values that break the schema can have shapes the warning rules do not expect; the problems say why.
  }
  return {
    ok: true,
    reading: {
      userValues,
      values,
      problems,
      problemRanges: problems.length ? problemRanges(request.valuesText, problems) : [],
      unknownKeys,
      warnings,
      secret,
      secretRanges: secret === undefined ? [] : secretRanges(request.valuesText, secret),
      tokenFiles: filesWithSecret(userValues, values),
    },
  };
}

/** The values' reading (the same answer as wizardValuesReading's when given), then the manifests and the changes view. */
export function wizardReading(request: WizardReadingRequest, valuesRead = wizardValuesReading(request)): WizardReading {
  if (!valuesRead.ok) return { values: valuesRead };
  const reading = valuesRead.reading;
  const { userValues, values, problems, secret } = reading;
  // Validated once: the reading's own validation, and the rules that read the release name.
  const rendered = renderedManifestsText(request.release, userValues, { values, problems });
  const defaultsText = rendered.ok ? defaultManifestsText(request.release) : undefined;
  // The views' text: the token dotted out of it while it is hidden (an export renders its own).
  const masking = secret !== undefined && !request.showToken ? secret : undefined;
  const manifests: WizardManifests =
    rendered.ok && defaultsText !== undefined
      ? { ok: true, manifestsText: masking === undefined ? rendered.manifestsText : maskedManifestsText(rendered.manifestsText, masking), defaultsText }
      : { ok: false, problems: rendered.ok ? [] : rendered.problems };
  const changes = request.changes ? { values: coalescedValuesText(masking === undefined ? values : maskedValues(values, masking)), defaults: defaultValuesText() } : undefined;
  return { values: valuesRead, manifests, changes };
}
