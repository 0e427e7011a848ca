// Asking the preview to show the values.yaml editor from elsewhere (the form's syntax-error notice).
import { useEffect } from "react";

const SHOW_VALUES = "dagger-wizard:show-values";

export function showValuesEditor(): void {
  window.dispatchEvent(new CustomEvent(SHOW_VALUES));
}

export function useShowValuesListener(onShow: () => void): void {
  useEffect(() => {
    window.addEventListener(SHOW_VALUES, onShow);
    return () => window.removeEventListener(SHOW_VALUES, onShow);
  }, [onShow]);
}

const SHOW_CHANGES = "dagger-wizard:show-changes";

/** Asks the preview to show the changes tab (entering upgrade mode does). */
export function showChangesTab(): void {
  window.dispatchEvent(new CustomEvent(SHOW_CHANGES));
}

export function useShowChangesListener(onShow: () => void): void {
  useEffect(() => {
    window.addEventListener(SHOW_CHANGES, onShow);
    return () => window.removeEventListener(SHOW_CHANGES, onShow);
  }, [onShow]);
}
