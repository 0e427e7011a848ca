// The preview's way to Monaco: React.lazy, with the plain text shown while Monaco loads and kept
// if it fails to load, so the wizard is usable from the first paint and never depends on Monaco.
// Each view is memoized: the panels around them read the state deferred (useDeferredValue), so a
// keystroke renders each panel twice, first with the texts it showed already; that first pass
// stops here instead of rendering the editor again with the same texts.
import { Alert } from "@mantine/core";
import { Component, lazy, memo, Suspense, type ReactNode } from "react";
import { useHydrated } from "../first-screen/use-hydrated";
import classes from "./editor.module.css";
import { PlainYaml } from "./PlainYaml";
import { PlainValuesEditor } from "./PlainValuesEditor";
import type { TValuesEditorProps, TYamlDiffProps, TYamlViewProps } from "./view-options";

const MonacoYamlView = lazy(() => import("./MonacoYamlView"));
const MonacoYamlDiff = lazy(() => import("./MonacoYamlDiff"));
const MonacoValuesEditor = lazy(() => import("./MonacoValuesEditor"));

interface TBoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

class EditorBoundary extends Component<TBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className={classes.failed}>
        <Alert color="yellow" variant="light" p="xs" title="The editor could not load">
          Showing plain text instead; everything else works. Reload the page to try again.
        </Alert>
        {this.props.fallback}
      </div>
    );
  }
}

export const YamlView = memo(function YamlView(props: TYamlViewProps) {
  const plain = <PlainYaml text={props.text} label={props.label} />;
  return (
    <EditorBoundary fallback={plain}>
      <Suspense fallback={plain}>
        <div className={classes.editor}>
          <MonacoYamlView {...props} />
        </div>
      </Suspense>
    </EditorBoundary>
  );
});

export const YamlDiffView = memo(function YamlDiffView(props: TYamlDiffProps) {
  const plain = <PlainYaml text={props.modified} label={props.label} />;
  return (
    <EditorBoundary fallback={plain}>
      <Suspense fallback={plain}>
        <div className={classes.editor}>
          <MonacoYamlDiff {...props} />
        </div>
      </Suspense>
    </EditorBoundary>
  );
});

/** The user's values.yaml, editable: Monaco with the chart's schema, a text area until it loads or if it cannot. */
export const ValuesEditor = memo(function ValuesEditor(props: TValuesEditorProps) {
  const plain = <PlainValuesEditor value={props.value} onChange={props.onChange} label={props.label} masked={props.masked} />;
  // On the first screen (index.html's, and the hydration of it) the text area: Monaco is a lazy chunk.
  const hydrated = useHydrated();
  return (
    <EditorBoundary fallback={plain}>
      <Suspense fallback={plain}>
        {hydrated ? (
          <div className={classes.editor}>
            <MonacoValuesEditor {...props} />
          </div>
        ) : (
          plain
        )}
      </Suspense>
    </EditorBoundary>
  );
});
