// What an export needs to know of the text at the click, read in the values worker (which has
// read the text already): the problems and the files that would hold the token, and the minimal
// values.yaml or the manifests when asked for. The page then only writes the file.
import { filesWithSecret, minimalValuesText, privilegedNamespaceText, readValuesText, syntaxErrorText, wizardOutputs, type ValuesProblem, type WizardTextState } from "../../src";

export interface TExportRequest extends WizardTextState {
  /** The minimal values.yaml: only what differs from the defaults. */
  minimal?: boolean;
  /** The manifests, with the privileged Namespace first when asked. */
  manifests?: { withNamespace: boolean };
}

export type TExportReading =
  | { ok: false; message: string }
  | {
      ok: true;
      /** What Helm would refuse in the values. */
      problems: ValuesProblem[];
      /** The exported files that would hold the magicache token. */
      tokenFiles: string[];
      minimalText?: string;
      manifests?: { ok: true; text: string } | { ok: false; problems: ValuesProblem[] };
    };

export function exportReading(request: TExportRequest): TExportReading {
  const read = readValuesText(request.valuesText);
  if (!read.ok) return { ok: false, message: syntaxErrorText(read) };
  const { userValues, values, problems } = read.snapshot;
  const answer: TExportReading = { ok: true, problems, tokenFiles: filesWithSecret(userValues, values) };
  if (request.minimal) answer.minimalText = minimalValuesText(userValues);
  if (request.manifests) {
    const outputs = wizardOutputs(request.release, userValues, problems);
    const prefix = request.manifests.withNamespace ? privilegedNamespaceText(request.release.namespace) : "";
    answer.manifests = outputs.ok ? { ok: true, text: prefix + outputs.manifestsText } : { ok: false, problems: outputs.problems };
  }
  return answer;
}
