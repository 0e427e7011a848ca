// `migrate`: a values file written for dagger's chart or the fork at some version becomes a values
// file for our chart that keeps the user's comments and what ran (image, host paths, StatefulSet
// fields), and a comparison of what each renders, with what the API server would do on upgrade.
import type { Document } from "yaml";
import { isMap, isScalar, type Scalar, type YAMLMap } from "yaml";
import { CHART } from "../chart/chart-meta";
import { applyValue, parseValuesText, parseValuesTextToEdit, valuesDocumentText } from "../document/values-document";
import { renderManifests } from "../render/index";
import type { KubeObject } from "../render/context";
import { upgradeFindings, type UpgradeFinding } from "../upgrade/immutable-fields";
import { upgradeExitCode } from "../upgrade/verdict";
import { ValuesError, type ValuesProblem } from "../values/validate";
import { validateValues } from "../render/validate";
import { deepEqual, getIn, isTable, type Table } from "../values/tree";
import { ignoredKeys, type KeyPath } from "./ignored-keys";
import { migrationPins, type Pin } from "./pins";
import { renderDiff, type ResourceDiff } from "../upgrade/render-diff";
import { shown } from "../upgrade/diff-text";
import { renderUpstream, type UpstreamRelease } from "./upstream/upstream-render";
import { UPSTREAM_TITLES, type UpstreamVersion } from "./upstream/versions";
import { engineMount, engineWorkload } from "./workload";

export class MigrationInputError extends Error {
  override name = "MigrationInputError";
}

export interface RemovedKey {
  path: string;
  /** Our chart's objection to the key, when it has one (it names the key to use instead). */
  problem?: string;
}

export interface Migration {
  upstream: UpstreamVersion;
  release: UpstreamRelease;
  /** The values.yaml for our chart, the user's comments kept. */
  valuesText: string;
  removed: RemovedKey[];
  pins: Pin[];
  /** What the API server does on `helm upgrade` (refused, replaced, cache lost). */
  findings: UpgradeFinding[];
  diff: ResourceDiff[];
  /** What else the user should know, in plain words. */
  notes: string[];
  /** 0: in place; 2: the API server refuses the upgrade; 3: it goes through, but not in place. */
  exitCode: 0 | 2 | 3;
}

export const DEFAULT_IMAGE = `registry.dagger.io/engine:v${CHART.appVersion}`;

function renderOurs(values: Table, release: UpstreamRelease): KubeObject[] | ValuesProblem[] {
  try {
    return renderManifests(values, release).map((manifest) => manifest.object);
  } catch (error) {
    if (error instanceof ValuesError) return error.problems;
    throw error;
  }
}

function withoutPath(values: Table, path: KeyPath): Table {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  const out: Table = { ...values };
  if (!rest.length) delete out[head];
  else if (isTable(out[head])) out[head] = withoutPath(out[head], rest);
  return out;
}

/** A pin as leaf writes, so that keys beside it stay as the user wrote them. */
function leaves(path: string[], value: unknown): [string[], unknown][] {
  if (isTable(value) && Object.keys(value).length) return Object.entries(value).flatMap(([key, child]) => leaves([...path, key], child));
  return [[path, value]];
}

function setPath(values: Table, path: string[], value: unknown): Table {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  const out: Table = { ...values };
  if (!rest.length) {
    if (value === undefined) delete out[head];
    else out[head] = value;
  } else out[head] = setPath(isTable(out[head]) ? out[head] : {}, rest, value);
  return out;
}

function applyPins(values: Table, pins: readonly Pin[]): Table {
  let out = values;
  for (const pin of pins) for (const [path, value] of leaves(pin.path, pin.value)) out = setPath(out, path, value);
  return out;
}

function commentOn(doc: Document, path: string[], comment: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return;
  const last = path.at(-1);
  const pair = (parent as YAMLMap).items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
  if (!pair) return;
  if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key) as Scalar;
  const key = pair.key as Scalar;
  key.commentBefore = key.commentBefore ? `${comment}\n${key.commentBefore}` : comment;
}

/**
 * Deletes a key and keeps its comments, plus a line saying what was removed: above the next key,
 * or after the map's last one.
 */
function removeKeepingComments(doc: Document, path: string[], line: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return;
  const items = (parent as YAMLMap).items;
  const index = items.findIndex((item) => (isScalar(item.key) ? item.key.value : item.key) === path.at(-1));
  const pair = items[index];
  if (!pair) return;
  const own = [isScalar(pair.key) ? pair.key.commentBefore : undefined, (pair.value as Scalar | null)?.comment].filter(Boolean);
  const comment = [...own, line].join("\n");
  items.splice(index, 1);
  const next = items[index];
  if (next) {
    if (!isScalar(next.key)) next.key = doc.createNode(next.key) as Scalar;
    const key = next.key as Scalar;
    key.commentBefore = key.commentBefore ? `${comment}\n${key.commentBefore}` : comment;
  } else if (parent === doc.contents) doc.comment = doc.comment ? `${comment}\n${doc.comment}` : comment;
  else (parent as YAMLMap).comment = (parent as YAMLMap).comment ? `${(parent as YAMLMap).comment}\n${comment}` : comment;
}

function problemAt(values: Table, path: string, release: string): string | undefined {
  return validateValues(values, release).problems.find((problem) => problem.path === path || problem.path.startsWith(`${path}.`))?.message;
}

/** Migrates a values.yaml text written for an upstream chart version. */
export function migrateValues(text: string, fileName: string, upstream: UpstreamVersion, release: UpstreamRelease): Migration {
  // Its document is changed below: a reading of its own, not the cached one.
  const parsed = parseValuesTextToEdit(text);
  if (!parsed.ok) throw new MigrationInputError(`${fileName}:${parsed.position ? `${parsed.position.line}:${parsed.position.column}:` : ""} ${parsed.message}`);
  const userValues = parsed.values;
  const title = `${UPSTREAM_TITLES[upstream.chart].split(" (")[0]} ${upstream.version}`;
  let deployed: KubeObject[];
  try {
    deployed = renderUpstream(upstream, userValues, release);
  } catch (error) {
    throw new MigrationInputError(`${fileName}: ${title} refuses these values: ${(error as Error).message}`);
  }

  // Keys the upstream never read come out where our chart would act on them or refuse them.
  let values = userValues;
  const removed: RemovedKey[] = [];
  for (const path of ignoredKeys(upstream, userValues, release)) {
    const trimmed = withoutPath(values, path);
    const before = renderOurs(values, release);
    if (deepEqual(before, renderOurs(trimmed, release))) continue;
    removed.push({ path: path.join("."), problem: problemAt(values, path.join("."), release.releaseName) });
    values = trimmed;
  }

  let next = renderOurs(values, release);
  const pins: Pin[] = [];
  for (let round = 0; round < 3 && isRender(next); round++) {
    // A pin our chart cannot follow (a host path it extends with the postfix) is written once.
    const more = migrationPins({ upstream, deployed, next, values, defaultImage: DEFAULT_IMAGE }).filter(
      (pin) => !deepEqual(applyPins(values, [pin]), values),
    );
    if (!more.length) break;
    pins.push(...more);
    values = applyPins(values, more);
    next = renderOurs(values, release);
  }
  if (!isRender(next)) throw new ValuesError(next);

  const doc = parsed.doc;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  for (const key of removed) removeKeepingComments(doc, key.path.split("."), ` ${key.path.split(".").at(-1)}: ${shown(getIn(userValues, key.path.split(".")))}  (removed: ${title} never read it)`);
  for (const pin of pins) {
    for (const [path, value] of leaves(pin.path, pin.value)) applyValue(doc, path, value);
    if (pin.comment && pin.value !== undefined) commentOn(doc, pin.path, pin.comment);
  }
  const header = ` Values for ${CHART.name} ${CHART.version}, migrated from ${title} (${upstream.chart}@${upstream.version}).`;
  doc.commentBefore = doc.commentBefore ? `${header}\n\n${doc.commentBefore}` : header;
  const valuesText = valuesDocumentText(doc);

  const check = parseValuesText(valuesText);
  if (!check.ok || !deepEqual(check.values, values)) throw new Error("internal error: the migrated values.yaml does not read back as the migrated values");

  const findings = upgradeFindings(deployed, next);
  const exitCode = upgradeExitCode(findings);
  return { upstream, release, valuesText, removed, pins, findings, diff: renderDiff(deployed, next), notes: migrationNotes(deployed, next), exitCode };
}

function migrationNotes(deployed: readonly KubeObject[], next: readonly KubeObject[]): string[] {
  const notes: string[] = [];
  const workload = engineWorkload(deployed);
  const selected = String(getIn(workload, ["spec", "selector", "matchLabels", "name"]) ?? "");
  // A label value has at most 63 characters; a StatefulSet's pods also get <name>-<10-character hash>.
  const limit = workload?.kind === "StatefulSet" ? 52 : 63;
  if (selected.length > limit) {
    notes.push(
      `The upstream chart named the ${String(workload?.kind)} ${selected} (${selected.length} characters): ` +
        (workload?.kind === "StatefulSet"
          ? "its pods' controller-revision-hash label would exceed 63 characters, so Kubernetes could not create them. "
          : "its selector label is longer than the 63 characters Kubernetes allows, so it could not have been installed. ") +
        "Our chart cuts the name to fit; set fullnameOverride to a shorter name if you like.",
    );
  }
  const mountPath = engineMount(engineWorkload(next), "data")?.mountPath;
  if (typeof mountPath === "string" && mountPath !== "/var/lib/dagger") {
    notes.push(
      `The engine's data volume is mounted at ${mountPath} (volumeMountsPostfix), not at /var/lib/dagger where the engine keeps its state, ` +
        "so its cache lives in the container and starts empty whenever a pod restarts; the fork did the same.",
    );
  }
  return notes;
}

function isRender(result: KubeObject[] | ValuesProblem[]): result is KubeObject[] {
  return result.length === 0 || "kind" in (result[0] as object);
}
