// The wizard's one state, the release and the user's values.yaml text, in a store that components
// subscribe to piece by piece (use-wizard.ts): a keystroke re-renders the field that changed and
// the preview, not the page. The text is read in the values worker; its readings come back here
// (acceptReading), tagged with the version of the text they read, and everything they say
// (problems, manifests) is kept with the last text that parsed, so nothing flickers back to the
// defaults while the text has a syntax error. A form field writes into the text on this thread
// (field-writes.ts), and the values it wrote are the form's at once.
import { deepEqual, defaultValues, isTable, mergeValueFiles, syntaxErrorText, type Table, type TValues, type ValuesProblem, type ValuesSyntaxError, type WizardReading, type WizardTextState, type WizardValuesReading } from "../../src";
import type { DeployedSource, UpgradeReading, UpgradeReadingRequest } from "../../src";
import type { TReadRequest } from "../worker/protocol";
import type { TStart, TStartNotice } from "./start-state";

export type TRelease = WizardTextState["release"];

export interface TPreviewTexts {
  manifestsText: string;
  /** The manifests of the chart defaults for the same release: the "before" of the changes view. */
  defaultsText: string;
}

export interface TPreviewState {
  /** False until the first reading has come back (nothing is stale before it). */
  ready: boolean;
  /** The newest manifests, or undefined while the values or the release have problems. */
  current: TPreviewTexts | undefined;
  /** What stops the render; empty when current is set. */
  problems: ValuesProblem[];
  /** The last valid manifests (equal to current when valid), kept to be shown marked as stale. */
  lastGood: TPreviewTexts | undefined;
}

export interface TFormValues {
  values: TValues;
  version: number;
  /** The user's values these were merged from. */
  user?: Table;
  /** While values typed and not written yet are shown: the top-level keys they changed. */
  pending?: string[];
}

export interface TWizardState {
  release: TRelease;
  /** The user's values.yaml, comments and order as written. */
  text: string;
  /** Counts the text's changes: readings and the form's values say which text they are of. */
  version: number;
  /** False while the settings saved in this browser (or a share link) are being read. */
  started: boolean;
  /** Why the wizard shows what it shows at the start (a share link, settings partly restored). */
  notice: TStartNotice | undefined;
  /**
   * The values the form shows (the last text that parsed, merged over the defaults) and the version
   * of that text; `pending` while they hold values typed and not written into the text yet.
   */
  form: TFormValues;
  /** The reading of the last text that parsed, and that text's version; undefined before the first. */
  lastGood: (WizardValuesReading & { version: number }) | undefined;
  /** The version of the text the newest reading is of (-1 before the first). */
  readVersion: number;
  /** The newest reading's syntax error: the form is read-only while there is one. */
  syntaxError: ValuesSyntaxError | undefined;
  preview: TPreviewState;
  /** The changes view's texts (the values the templates see against the defaults), once asked for. */
  changes: { values: string; defaults: string } | undefined;
  /** What the open views need read: the changes view's texts, the token shown in them. */
  views: { changes: boolean; showToken: boolean };
  /** Upgrade mode: what runs (`helm get values -o yaml` or `helm get manifest` output); undefined outside it. */
  deployed: DeployedSource | undefined;
  /** Upgrade mode's newest reading (while the changes view is open), and the text version it read. */
  upgrade: { version: number; reading: UpgradeReading } | undefined;
}

/** The form's values for the values a text writes: merged over the defaults, a null (a removed default) kept. */
export function formValuesOf(userValues: Table): TValues {
  const defaults = defaultValues();
  return shapedLike(mergeValueFiles([defaults as Table, userValues]), defaults) as TValues;
}

const kindOf = (value: unknown) => (Array.isArray(value) ? "list" : isTable(value) ? "table" : typeof value);
const structured = (kind: string) => kind === "table" || kind === "list";

/**
 * A merged value in the shape of the chart's default: where values.yaml has a table or a list
 * where the chart has the other kind or a scalar (`engine: 5`, env as a map), or the other way
 * round, the default. Helm refuses such a text, and the preview's problems say where; the form's
 * steps, which read the values as the chart shapes them, show the default until the field is
 * written. A null (a removed default) and a key the defaults do not have stay as they are. The
 * same object when nothing is out of shape: the form's fields compare their values by identity.
 */
export function shapedLike(value: unknown, fallback: unknown): unknown {
  if (value === null || value === undefined || fallback === null || fallback === undefined) return value;
  const kind = kindOf(value);
  const expected = kindOf(fallback);
  if (kind !== expected) {
    if (structured(kind) || structured(expected)) return fallback;
    // A scalar of another type stays (a quoted "600" in a number field), as a string where the chart has one.
    return expected === "string" ? String(value) : value;
  }
  if (!isTable(value) || !isTable(fallback)) return value;
  let shaped: Table | undefined;
  for (const key of Object.keys(fallback)) {
    if (!Object.hasOwn(value, key)) continue;
    const inShape = shapedLike(value[key], fallback[key]);
    if (inShape !== value[key]) (shaped ??= { ...value })[key] = inShape;
  }
  return shaped ?? value;
}

/**
 * formValuesOf, keeping the form's earlier table for each top-level key whose user values did not
 * change, and merging only the others: a field compares its value with the last one on every
 * change, and an identical table (a megabyte of labels, say) compares at once, where an equal copy
 * is walked key by key. Each top-level key merges over its default alone, so keys can be merged apart.
 */
export function sharedFormValues(userValues: Table, before: TFormValues | undefined): TValues {
  if (!before?.user) return formValuesOf(userValues);
  const previous = before.values as Table;
  const defaults = defaultValues() as Table;
  const user = before.user;
  const keys = new Set([...Object.keys(userValues), ...Object.keys(user)]);
  const kept = (key: string) => !before.pending?.includes(key) && Object.hasOwn(userValues, key) === Object.hasOwn(user, key) && deepEqual(userValues[key], user[key]);
  const changed = [...keys, ...(before.pending ?? [])].filter((key) => !kept(key));
  if (!changed.length) return before.values;
  const pick = (table: Table) => Object.fromEntries(changed.filter((key) => Object.hasOwn(table, key)).map((key) => [key, table[key]]));
  const merged = mergeValueFiles([pick(defaults), pick(userValues)]) as Table;
  const values: Table = {};
  // In formValuesOf's order: the defaults' keys, then the user's own.
  for (const key of new Set([...Object.keys(defaults), ...Object.keys(userValues)])) {
    if (changed.includes(key)) {
      if (Object.hasOwn(merged, key)) values[key] = shapedLike(merged[key], defaults[key]);
    } else if (Object.hasOwn(previous, key)) values[key] = previous[key];
  }
  return values as TValues;
}

function syntaxProblem(error: ValuesSyntaxError): ValuesProblem {
  return { path: "", message: `${syntaxErrorText(error)}. Until it is fixed, the form and the manifests show the last valid values.` };
}

export class WizardStore {
  private state: TWizardState;
  private readonly listeners = new Set<() => void>();

  constructor(start: TStart | undefined) {
    const state = start?.state ?? { release: { name: "", namespace: "" }, valuesText: "" };
    this.state = {
      release: state.release,
      text: state.valuesText,
      version: 0,
      started: false,
      notice: start?.notice,
      form: { values: formValuesOf({}), version: -1 },
      lastGood: undefined,
      readVersion: -1,
      syntaxError: undefined,
      preview: { ready: false, current: undefined, problems: [], lastGood: undefined },
      changes: undefined,
      views: { changes: false, showToken: false },
      deployed: start?.deployed,
      upgrade: undefined,
    };
    if (start) this.start(start);
  }

  readonly getState = (): TWizardState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once the start state (a share link, the saved settings) is read; at once when it is. */
  readonly whenStarted = (): Promise<void> =>
    new Promise((resolve) => {
      if (this.state.started) return resolve();
      const unsubscribe = this.subscribe(() => {
        if (!this.state.started) return;
        unsubscribe();
        resolve();
      });
    });

  private update(patch: Partial<TWizardState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  /** The start state, once known; an empty text needs no reading to show the form. */
  start({ state, notice, deployed }: TStart): void {
    const version = this.state.version + 1;
    const empty = state.valuesText === "";
    this.update({
      release: state.release,
      text: state.valuesText,
      version,
      notice,
      started: empty,
      ...(deployed ? { deployed, upgrade: undefined } : {}),
      form: empty ? { values: formValuesOf({}), version } : this.state.form,
    });
  }

  /** A new notice over the form (a share link pasted into the open wizard that could not be opened), or none. */
  setNotice(notice: TStartNotice | undefined): void {
    this.update({ notice });
  }

  setRelease(release: TRelease): void {
    if (release.name !== this.state.release.name || release.namespace !== this.state.release.namespace) this.update({ release });
  }

  /** A new text from elsewhere than a form field (the editor, an import, a preset): the form follows its reading. */
  setText(text: string): void {
    if (text !== this.state.text) this.update({ text, version: this.state.version + 1 });
  }

  /** A form field's write: the new text and, at once, the values it holds. */
  setWrittenText(text: string, userValues: Table): void {
    if (text === this.state.text) return;
    const version = this.state.version + 1;
    this.update({ text, version, form: { values: sharedFormValues(userValues, this.state.form), version, user: userValues } });
  }

  /** Shows values before they are written (a field typed into before the writing code has loaded). */
  showPending(values: TValues): void {
    const { form } = this.state;
    const touched = Object.keys(values).filter((key) => (values as Table)[key] !== (form.values as Table)[key]);
    this.update({ form: { ...form, values, pending: [...new Set([...(form.pending ?? []), ...touched])] } });
  }

  /** Drops the values shown and not written (a write that failed): the form shows the text's again. */
  dropPending(): void {
    const { form } = this.state;
    if (form.pending) this.update({ form: { values: formValuesOf(form.user ?? {}), version: form.version, user: form.user } });
  }

  /** Replaces the whole state (a preset, a reset, an undo); an empty text shows the defaults at once. */
  reset(state: WizardTextState): void {
    const version = this.state.version + 1;
    const form = state.valuesText === "" ? { values: formValuesOf({}), version } : this.state.form;
    this.update({ release: state.release, text: state.valuesText, version, form });
  }

  setViews(views: Partial<TWizardState["views"]>): void {
    const next = { ...this.state.views, ...views };
    if (next.changes !== this.state.views.changes || next.showToken !== this.state.views.showToken) this.update({ views: next });
  }

  /** Enters upgrade mode with what runs, or leaves it (undefined). */
  setDeployed(deployed: DeployedSource | undefined): void {
    if (deployed?.text !== this.state.deployed?.text || deployed?.name !== this.state.deployed?.name) this.update({ deployed, upgrade: undefined });
  }

  /** Upgrade mode's reading from the worker: kept when it is of the baseline shown and no older than the one kept. */
  acceptUpgrade(version: number, request: UpgradeReadingRequest, reading: UpgradeReading): void {
    if (request.deployed.text !== this.state.deployed?.text) return;
    if (this.state.upgrade && version < this.state.upgrade.version) return;
    this.update({ upgrade: { version, reading } });
  }

  /** What the worker should read now. */
  readRequest(): TReadRequest {
    const { release, text, version, views } = this.state;
    return { kind: "read", version, release, valuesText: text, changes: views.changes, showToken: views.showToken };
  }

  /** A reading from the worker, of the text of `version`. */
  acceptReading(version: number, reading: WizardReading): void {
    const { values, manifests, changes } = reading;
    const patch: Partial<TWizardState> = { readVersion: version, changes: changes ?? this.state.changes };
    if (!values.ok) {
      const syntaxError = { message: values.message, position: values.position };
      patch.syntaxError = syntaxError;
      patch.preview = { ...this.state.preview, ready: true, current: undefined, problems: [syntaxProblem(syntaxError)] };
      // A broken start still opens the form, read-only, on the defaults.
      if (version === this.state.version) patch.started = true;
    } else {
      patch.syntaxError = undefined;
      // The checks' values in the chart's shape too: the steps' badges and the exports read them.
      patch.lastGood = { ...values.reading, values: shapedLike(values.reading.values, defaultValues()) as TValues, version };
      // The worker's reading of a text the form wrote itself replaces the values the write gave
      // (equal, so no field re-renders); an older text's does not, nor one that would hide
      // values typed and still being written.
      const { form } = this.state;
      if (version > form.version || (version === form.version && !form.pending)) patch.form = { values: sharedFormValues(values.reading.userValues, form), version, user: values.reading.userValues };
      if (version === this.state.version) patch.started = true;
      // The values alone (a large text's, sent ahead of its manifests): the preview waits for them.
      if (!manifests) {
        this.update(patch);
        return;
      }
      const current = manifests?.ok ? { manifestsText: manifests.manifestsText, defaultsText: manifests.defaultsText } : undefined;
      patch.preview = { ready: true, current, problems: manifests && !manifests.ok ? manifests.problems : [], lastGood: current ?? this.state.preview.lastGood };
    }
    this.update(patch);
  }
}
