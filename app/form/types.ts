// The wizard's one state: a react-hook-form form over the release and the user's values.yaml
// text. The form's fields, the preview, exports, share link and saved state all derive from it
// (useValuesState reads the text once per change), never from a copy of it.
export interface WizardForm {
  release: { name: string; namespace: string };
  /** The user's values.yaml, comments and order as they wrote them. */
  valuesText: string;
}
