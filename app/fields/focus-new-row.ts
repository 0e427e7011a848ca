// "Add entry" puts the keyboard in the row it added: the row's first input gets focus once it is
// on screen (the row exists only after the render that the add itself causes). A removed row's
// Remove button leaves the keyboard on the Remove button of the row that takes its place, or of
// the row above when it was the last one (focusRow(index, "last")).
import { useCallback, useEffect, useRef } from "react";

const FOCUSABLE = "input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** The row's first focusable element (its first input), or its last (its Remove button). */
type TPart = "first" | "last";

export function useFocusNewRow(): { rowRef: (index: number) => (node: HTMLElement | null) => void; focusRow: (index: number, part?: TPart) => void } {
  const rows = useRef(new Map<number, HTMLElement>());
  const wanted = useRef<{ index: number; part: TPart } | undefined>(undefined);
  // After every render: the wanted row may have just arrived.
  useEffect(() => {
    if (wanted.current === undefined) return;
    const row = rows.current.get(wanted.current.index);
    if (!row) return;
    const { part } = wanted.current;
    wanted.current = undefined;
    const focusable = row.querySelectorAll<HTMLElement>(FOCUSABLE);
    focusable[part === "first" ? 0 : focusable.length - 1]?.focus();
  });
  const rowRef = useCallback(
    (index: number) => (node: HTMLElement | null) => {
      if (node) rows.current.set(index, node);
      else rows.current.delete(index);
    },
    [],
  );
  const focusRow = useCallback((index: number, part: TPart = "first") => {
    wanted.current = { index, part };
  }, []);
  return { rowRef, focusRow };
}
