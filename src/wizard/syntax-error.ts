// A values.yaml text's syntax error, in words: what and where (values-state.ts reads the text).
import type { TextPosition } from "../document/values-document";

export interface ValuesSyntaxError {
  message: string;
  position?: TextPosition;
}

/** "line 3, column 7" for an error's place, or "" when it has none. */
export function positionText(position: TextPosition | undefined): string {
  return position ? `line ${position.line}, column ${position.column}` : "";
}

/** One sentence for a syntax error: what and where. */
export function syntaxErrorText(error: ValuesSyntaxError): string {
  const where = positionText(error.position);
  return `values.yaml has an error${where ? ` at ${where}` : ""}: ${error.message}`;
}
