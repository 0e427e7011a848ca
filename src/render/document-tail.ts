// Helm trims the whitespace at the end of each rendered document (releaseutil.SplitManifests)
// and of the pod template (`include "dagger-helm.podTemplate" | trim`), and `helm template`
// then prints one line break after each document. So a string that toYaml writes last in the pod
// template as a block (`|+`) keeps one final line break however many it had: "two\n\n" as the
// last volume's last string reads back as "two\n", and "\n\n" as "". The chart has no twin of
// this: it is how Helm's output reads, so the core's documents read the same. The trim is Go's
// strings.TrimSpace, which takes Unicode spaces too: a plain string written last that ends in a
// no-break space (go-yaml writes it plain, as it quotes only ASCII spaces) loses it. The
// ServiceAccount's annotations and the Role's rules come before the labels, so that no trim
// reaches them (a lone no-break space as the last annotation read back as null, which the API
// server refuses).
import { scalarStyle } from "../yaml/go-scalar";
import { parseYaml11 } from "../yaml/yaml11";
import type { IPodSpec } from "kubernetes-models/v1/PodSpec";
import type { ChartObject } from "./chart-objects";
import type { RenderContext } from "./context";

const isLetter = (char: string) => /\p{L}/u.test(char);
const isDigit = (char: string) => /\p{Nd}/u.test(char);

/** go-yaml v2's order of string keys (sorter.go, keyList.Less): numbers inside keys compare as numbers. */
export function goKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i] as string;
    const bc = br[i] as string;
    if (ac === bc) continue;
    const al = isLetter(ac);
    const bl = isLetter(bc);
    if (al && bl) return (ac.codePointAt(0) ?? 0) < (bc.codePointAt(0) ?? 0);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ac === "0" || bc === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] as string); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai] as string); ai++) an = an * 10 + ((ar[ai] as string).codePointAt(0) ?? 0) - 48;
    let bi = i;
    for (; bi < br.length && isDigit(br[bi] as string); bi++) bn = bn * 10 + ((br[bi] as string).codePointAt(0) ?? 0) - 48;
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return (ac.codePointAt(0) ?? 0) < (bc.codePointAt(0) ?? 0);
  }
  return ar.length < br.length;
}

type Path = (string | number)[];

/** Where toYaml writes its last scalar in a value: the last item of a list, the key sorted last of a map. */
function lastLeaf(value: unknown): Path {
  if (Array.isArray(value)) return value.length ? [value.length - 1, ...lastLeaf(value.at(-1))] : [];
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  if (!keys.length) return [];
  const last = keys.reduce((max, key) => (goKeyLess(max, key) ? key : max));
  return [last, ...lastLeaf((value as Record<string, unknown>)[last])];
}

/** The object with the final line breaks of the string at `path` made one (none for a string of line breaks only). */
function trimAt(object: unknown, path: Path): unknown {
  if (!path.length) return typeof object === "string" ? trimmedString(object) : object;
  const [key, ...rest] = path as [string | number, ...Path];
  const child = (object as Record<string | number, unknown>)[key];
  const next = trimAt(child, rest);
  if (next === child) return object;
  if (Array.isArray(object)) return object.map((item, i) => (i === key ? next : item));
  return { ...(object as Record<string, unknown>), [key]: next };
}

/** The white space Go's strings.TrimSpace takes off an end (unicode.IsSpace). */
const GO_SPACE_AT_END = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u;

/** A string written last, as it reads back once the document's end is trimmed. */
function trimmedString(text: string): unknown {
  const style = scalarStyle(text);
  const trimmed = text.replace(GO_SPACE_AT_END, "");
  if (trimmed === text) return text;
  // A plain string reads back as the text left, which YAML 1.1 may read as another type ("yes").
  if (style === "plain") return parseYaml11(trimmed);
  if (style !== "literal") return text;
  // A block of spaces and line breaks only has no line to keep one after; `|` and `|+` blocks
  // then keep the one line break helm template prints after the document, `|-` none.
  if (!trimmed) return "";
  return text.endsWith("\n") ? `${trimmed}\n` : trimmed;
}

/** trimAt of a rendered object: it changes the end of one string (which a trimmed plain `yes` may read back as true), nothing of its shape. */
function trimmedAt<T extends ChartObject>(object: T, path: Path): T {
  return trimAt(object, path) as T;
}

/** The path (from the pod spec) of what the pod template writes last, when toYaml writes it. */
function podTemplateTail(podSpec: IPodSpec, ctx: RenderContext): Path | undefined {
  const { engine } = ctx.values;
  const { volumes, containers } = podSpec;
  if (volumes?.length) return engine.volumes?.length ? ["volumes", volumes.length - 1, ...lastLeaf(volumes.at(-1))] : undefined;
  if (engine.sidecars?.length) return ["containers", containers.length - 1, ...lastLeaf(containers.at(-1))];
  const mounts = containers[0]?.volumeMounts;
  return engine.volumeMounts?.length && mounts ? ["containers", 0, "volumeMounts", mounts.length - 1, ...lastLeaf(mounts.at(-1))] : undefined;
}

/** A rendered document as Helm's output reads: the string the pod template writes last, trimmed. */
export function helmTrimmedTail(object: ChartObject, ctx: RenderContext): ChartObject {
  switch (object.kind) {
    case "DaemonSet":
    case "StatefulSet": {
      const podSpec = object.spec?.template.spec;
      const tail = podSpec && podTemplateTail(podSpec, ctx);
      return tail ? trimmedAt(object, ["spec", "template", "spec", ...tail]) : object;
    }
    default:
      return object;
  }
}
