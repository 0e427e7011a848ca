// The values.yaml editor before Monaco has loaded, or when it cannot: a plain text area, so the
// text can be read and changed from the first paint. A text area cannot dot out part of its
// text, so while the magicache token is masked it shows the text read-only, the token dotted.
import { useMemo } from "react";
import { maskedText, secretRanges } from "../../src/wizard/secret-text";
import classes from "./editor.module.css";

export function PlainValuesEditor({ value, onChange, label, masked }: { value: string; onChange: (text: string) => void; label: string; masked?: string }) {
  const ranges = useMemo(() => (masked ? secretRanges(value, masked) : []), [value, masked]);
  if (ranges.length) {
    return <textarea className={classes.plain} aria-label={`${label}: read-only while the token is hidden`} value={maskedText(value, ranges)} readOnly spellCheck={false} />;
  }
  return <textarea className={classes.plain} aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value)} spellCheck={false} />;
}
