// The code that writes a form field into the values.yaml text (the YAML parser and the core's
// document editing): a chunk of its own that loads right after the first screen (field-writes.ts).
// The same parser takes the token out of a text saved as the page is left (SaveOnChange.tsx).
export { textWithoutSecrets, writeField } from "../../src";
