// The rows of a map or a list field (labels, arguments, pull secrets), each row's inputs kept by the
// browser while the user types, as a text field's are (useTypedText): a keystroke renders nothing.
// A controlled row rendered its field, Mantine's wrappers and all, inside the key's task, before
// the frame that shows the character. The write follows that frame (field-writes.ts), and the
// field renders the row typed into once it lands (a key that makes a label's key a duplicate
// shows its warning then).
//
// Each row has an id that React keys it by: removing a row removes its inputs, and the rows below
// keep theirs, with what they show. Rows read from a value that changed elsewhere (a preset, a
// reset, the values.yaml tab, a refused write) get new ids, so their inputs show that value.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { ValuePath } from "../../src";
import { afterTyping, writeField } from "../form/field-writes";
import { sameData, useWizard, useWizardStore } from "../form/use-wizard";
import { valueAt } from "./field-path";
import { showWriteError } from "./use-value";

export interface TRowEntry<TRow> {
  id: number;
  row: TRow;
}

/** How a field's rows are read from its value and written back into one. */
export interface TRowsShape<TRow> {
  rowsOf: (stored: unknown) => TRow[];
  storedOf: (rows: readonly TRow[]) => unknown;
  /** Whether these rows make the stored value (half-typed rows that it leaves out included). */
  make: (rows: readonly TRow[], stored: unknown) => boolean;
}

export interface TTypedRows<TRow> {
  /** The rows as last rendered. */
  entries: readonly TRowEntry<TRow>[];
  /**
   * A row typed into: kept at once and written after the paint, while its input shows what was
   * typed. If the write is refused, the rows go back to the value the text holds.
   */
  type: (index: number, row: (current: TRow) => TRow) => void;
  /** Rows added or removed (a click): rendered now, and written unless `write` is false; gives the new rows. */
  change: (rows: (current: readonly TRow[]) => TRow[], write?: boolean) => readonly TRow[];
}

let lastId = 0;
const withIds = <TRow>(rows: readonly TRow[]): TRowEntry<TRow>[] => rows.map((row) => ({ id: ++lastId, row }));

export function useTypedRows<TRow>(path: ValuePath, shape: TRowsShape<TRow>): TTypedRows<TRow> {
  const store = useWizardStore();
  const stored = useWizard((state) => valueAt(state.form.values, path), sameData, path);
  const [draft, setDraft] = useState(() => ({ entries: withIds(shape.rowsOf(stored)), basis: stored }));
  // The rows as typed: ahead of the rendered ones from a keystroke to the render after its write.
  const typed = useRef(draft.entries);
  if (draft.basis !== stored) {
    // The value changed: through the rows typed here (they stay, half-typed ones too: a typed row
    // is rendered in the task that writes it, after the paint), or elsewhere.
    const kept = shape.make(draft.entries.map((entry) => entry.row), stored);
    setDraft({ entries: kept ? draft.entries : withIds(shape.rowsOf(stored)), basis: stored });
  }
  useLayoutEffect(() => {
    typed.current = draft.entries;
  }, [draft.entries]);

  const { rowsOf, storedOf } = shape;
  const goBack = useCallback(
    (failed: string, message: string) => {
      showWriteError(failed, message);
      const entries = withIds(rowsOf(valueAt(store.getState().form.values, path)));
      typed.current = entries;
      setDraft((current) => ({ ...current, entries }));
    },
    [store, path, rowsOf],
  );
  const type = useCallback(
    (index: number, row: (current: TRow) => TRow) => {
      const entries = typed.current.map((entry, i) => (i === index ? { id: entry.id, row: row(entry.row) } : entry));
      typed.current = entries;
      writeField(store, path, storedOf(entries.map((entry) => entry.row)), goBack, { inputShows: true });
      afterTyping(`${path} rows`, () => setDraft((current) => (current.entries === typed.current ? current : { ...current, entries: typed.current })));
    },
    [store, path, storedOf, goBack],
  );
  const change = useCallback(
    (rows: (current: readonly TRow[]) => TRow[], write = true) => {
      const current = typed.current;
      const next = rows(current.map((entry) => entry.row));
      // The rows that stay keep their ids (and inputs): a removed row's go. By a map of the rows (a
      // map field may hold an imported file's thousands of labels, and a list equal strings).
      const left = new Map<TRow, TRowEntry<TRow>[]>();
      for (const entry of current) {
        const same = left.get(entry.row);
        if (same) same.push(entry);
        else left.set(entry.row, [entry]);
      }
      const entries = next.map((row) => left.get(row)?.shift() ?? { id: ++lastId, row });
      typed.current = entries;
      setDraft((draftNow) => ({ ...draftNow, entries }));
      if (write) writeField(store, path, storedOf(next), goBack);
      return next;
    },
    [store, path, storedOf, goBack],
  );
  return { entries: draft.entries, type, change };
}
