// The net under a step's form: a step that cannot render (a shape in values.yaml that no field
// expected, or its code that did not load) says so where the step would be, instead of taking the
// whole page down with it. The header, the steps and the preview stay, values.yaml among them,
// where the text is fixed; the step tries again at the text's next change.
import { Alert, Anchor } from "@mantine/core";
import { Component, type ReactNode } from "react";
import type { WizardStore } from "../form/wizard-store";
import { showValuesEditor } from "../preview/show-values";

interface TProps {
  store: WizardStore;
  label: string;
  children: ReactNode;
}

interface TState {
  error: Error | undefined;
}

export class StepBoundary extends Component<TProps, TState> {
  override state: TState = { error: undefined };
  private unsubscribe: (() => void) | undefined;

  static getDerivedStateFromError(error: unknown): TState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // The step renders again at the text's next version.
  override componentDidCatch(): void {
    const { store } = this.props;
    const version = store.getState().version;
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe(() => {
      if (store.getState().version === version) return;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.setState({ error: undefined });
    });
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const title = `${this.props.label} could not be shown`;
    if (notLoaded(error))
      return (
        <Alert color="red" variant="light" role="alert" title={title}>
          Its code did not load ({error.message}): the wizard may have been updated since this page was opened. Reload the
          page; your settings are kept in this browser.{" "}
          <Anchor component="button" type="button" size="sm" onClick={() => window.location.reload()}>
            Reload
          </Anchor>
        </Alert>
      );
    return (
      <Alert color="red" variant="light" role="alert" title={title}>
        It stopped at a value it did not expect ({error.message}). The preview lists the values Helm would refuse: fix them
        in values.yaml, and the step comes back as you type.{" "}
        <Anchor component="button" type="button" size="sm" onClick={showValuesEditor}>
          Show values.yaml
        </Anchor>
      </Alert>
    );
  }
}

/** A step's code that could not be fetched (Chromium's, Firefox's and Safari's words for it). */
const notLoaded = (error: Error) => /dynamically imported module|Importing a module script failed/i.test(error.message);
