// The values.yaml editor before Monaco has loaded, or when it cannot: a plain text area, so the
// text can be read and changed from the first paint. A text area cannot dot out part of its
// text, so while the magicache token is masked it shows the text read-only, every occurrence of
// the token dotted (a plain search: this is on screen for a moment while Monaco loads).
import { maskOf } from "../../src";
import classes from "./editor.module.css";

export function PlainValuesEditor({ value, onChange, label, masked }: { value: string; onChange: (text: string) => void; label: string; masked?: string }) {
  if (masked && value.includes(masked)) {
    return <textarea className={classes.plain} aria-label={`${label}: read-only while the token is hidden`} value={value.replaceAll(masked, maskOf(masked))} readOnly spellCheck={false} />;
  }
  return <textarea className={classes.plain} aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value)} spellCheck={false} />;
}
