// When a values.yaml text counts as large: parsing it takes longer than a frame (a megabyte of
// labels takes a second or more). The worker then sends the values' reading before it renders the
// manifests. (Form fields write in the worker from a smaller size: WORKER_WRITE_CHARS.)
export const LARGE_TEXT_CHARS = 100_000;

/**
 * From this many characters a form field's write is made in the values worker, which then reads
 * the text it wrote without parsing it (the write's document is the reading's). Below it the page
 * writes, after the frame that shows the typed character, and the worker parses the new text: a
 * parse of a few kilobytes costs less than the round trip. At 25 KB that parse was most of the
 * worker's time per keystroke.
 */
export const WORKER_WRITE_CHARS = 10_000;

/**
 * Finding the upstream release a file was written for renders every upstream release once per
 * key of the file: past a few hundred keys that takes minutes, so a larger file is imported as
 * written (a file of thousands of labels was not written for dagger's chart to be migrated). The
 * worker then keeps such a file's values to itself: the page would only copy them.
 */
export const MIGRATION_KEY_LIMIT = 200;
