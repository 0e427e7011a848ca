// The values.yaml editor before Monaco has loaded, or when it cannot: a plain text area, so the
// text can be read and changed from the first paint.
import classes from "./editor.module.css";

export function PlainValuesEditor({ value, onChange, label }: { value: string; onChange: (text: string) => void; label: string }) {
  return <textarea className={classes.plain} aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value)} spellCheck={false} />;
}
