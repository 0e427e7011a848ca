// The text of a preview before Monaco has loaded, or when it cannot: the same YAML in a <pre>.
import classes from "./editor.module.css";

export function PlainYaml({ text, label }: { text: string; label: string }) {
  return (
    <pre className={classes.plain} aria-label={label} tabIndex={0}>
      {text}
    </pre>
  );
}
