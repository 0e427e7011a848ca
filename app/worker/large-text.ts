// When a values.yaml text counts as large: parsing it takes longer than a frame (a megabyte of
// labels takes a second or more). The page then writes fields into it in the values worker, and
// the worker sends the values' reading before it renders the manifests.
export const LARGE_TEXT_CHARS = 100_000;
