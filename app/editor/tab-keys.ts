// Whether Tab indents in the code editors, one choice for all of them. Off by default: Tab and
// Shift+Tab move between fields as everywhere else on the page, so the keyboard never stays
// trapped in an editor (Monaco's own default is to indent, and only Ctrl+M lets the user out).
// Kept in localStorage so a user who wants to indent with Tab says so once.
import { useSyncExternalStore } from "react";

const KEY = "dagger-helm.tab-indents";
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === "true";
  } catch {
    return false;
  }
}

let tabIndents = stored();

export function getTabIndents(): boolean {
  return tabIndents;
}

export function setTabIndents(next: boolean): void {
  if (next === tabIndents) return;
  tabIndents = next;
  try {
    globalThis.localStorage?.setItem(KEY, String(next));
  } catch {
    // Private windows may refuse storage: the choice then lasts until the page is closed.
  }
  for (const listener of listeners) listener();
}

export function subscribeTabIndents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTabIndents(): [boolean, (next: boolean) => void] {
  // The first screen in index.html (app/first-screen/prerender.tsx) shows the default.
  return [useSyncExternalStore(subscribeTabIndents, getTabIndents, () => false), setTabIndents];
}

const TABBABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type='hidden']), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** Moves focus to the first element after `from` (outside it) that Tab would reach; true when there was one. */
export function focusAfter(from: Element): boolean {
  return focusFirst(from, [...document.querySelectorAll<HTMLElement>(TABBABLE)], Node.DOCUMENT_POSITION_FOLLOWING);
}

/** Moves focus to the last element before `from` (outside it) that Shift+Tab would reach; true when there was one. */
export function focusBefore(from: Element): boolean {
  return focusFirst(from, [...document.querySelectorAll<HTMLElement>(TABBABLE)].reverse(), Node.DOCUMENT_POSITION_PRECEDING);
}

function focusFirst(from: Element, candidates: readonly HTMLElement[], side: number): boolean {
  for (const candidate of candidates) {
    if (from.contains(candidate) || !(from.compareDocumentPosition(candidate) & side)) continue;
    if (candidate.tabIndex < 0 || candidate.closest("[inert], [aria-hidden='true']") || candidate.getClientRects().length === 0) continue;
    candidate.focus();
    return true;
  }
  return false;
}
