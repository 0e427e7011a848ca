// A row list's callbacks that stay the same from key to key: they read the rows through this ref
// (the rows as last rendered), so a key in one row renders that row alone, and the other rows,
// memoized, stay as they are (KeyValueField, StringListField).
import { useLayoutEffect, useRef, type RefObject } from "react";

/** A ref that holds `value` as of the last commit: read it in event handlers, not while rendering. */
export function useLastRendered<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
