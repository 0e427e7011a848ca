// "Add entry" puts the keyboard in the row it added: the row's first input gets focus once it is
// on screen (the row exists only after the render that the add itself causes).
import { useCallback, useEffect, useRef } from "react";

const FOCUSABLE = "input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex='-1'])";

export function useFocusNewRow(): { rowRef: (index: number) => (node: HTMLElement | null) => void; focusRow: (index: number) => void } {
  const rows = useRef(new Map<number, HTMLElement>());
  const wanted = useRef<number | undefined>(undefined);
  // After every render: the wanted row may have just arrived.
  useEffect(() => {
    if (wanted.current === undefined) return;
    const row = rows.current.get(wanted.current);
    if (!row) return;
    wanted.current = undefined;
    row.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  });
  const rowRef = useCallback(
    (index: number) => (node: HTMLElement | null) => {
      if (node) rows.current.set(index, node);
      else rows.current.delete(index);
    },
    [],
  );
  const focusRow = useCallback((index: number) => {
    wanted.current = index;
  }, []);
  return { rowRef, focusRow };
}
