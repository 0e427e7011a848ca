// A parsed values document turned into the data Helm sees, by go-yaml v2's and
// sigs.k8s.io/yaml's rules rather than the `yaml` package's own: merge keys (`<<`) applied in
// go-yaml's order, keys as JSON keys (1e6 is "1e+06"), go-yaml's double-quoted escapes, its
// alias budget, and what JSON cannot carry (infinities, NaN, control characters) refused with
// the place. `__proto__` is refused as a key at its path: Helm's schema refuses it wherever the
// chart lists the keys, and a JavaScript object cannot carry it safely.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from "yaml";
import { goKeyString } from "./go-keys";
import { needsGoReading, readQuoted } from "./go-quoted";

export interface YamlProblem {
  message: string;
  /** Where in the text, as an offset. */
  offset: number;
}

export type GoValue = { ok: true; value: unknown } | { ok: false; problem: YamlProblem };

class Refused extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

const BINARY_TAG = "tag:yaml.org,2002:binary";

/** Characters Go's JSON encoder writes raw and go-yaml's reader then refuses (Helm 3 refuses the file). */
const UNCARRIED = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

type Path = (string | number)[];

function where(path: Path): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out || "(root)";
}

/** go-yaml's limit on alias expansion (decode.go, allowedAliasRatio). */
function allowedAliasRatio(decodes: number): number {
  if (decodes <= 400_000) return 0.99;
  if (decodes >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodes - 400_000) / 3_600_000);
}
const MAX_DECODES = 10_000_000;

class Converter {
  private readonly values = new Map<Node, unknown>();
  private readonly sizes = new Map<Node, number>();
  private decodes = 1;
  private aliases = 0;

  constructor(private readonly doc: Document) {}

  fail(node: Node | undefined | null, message: string): never {
    throw new Refused({ message, offset: node?.range?.[0] ?? 0 });
  }

  /** How many nodes go-yaml decodes for this node, aliases expanded (its decodeCount). */
  size(node: unknown): number {
    if (!node || typeof node !== "object") return 0;
    const known = this.sizes.get(node as Node);
    if (known !== undefined) return known;
    let size = 1;
    if (isAlias(node)) size += this.size(node.resolve(this.doc));
    else if (isSeq(node)) for (const item of node.items) size += this.size(item);
    else if (isMap(node)) {
      for (const pair of node.items) {
        if (isMergeKey(pair.key)) size += isSeq(pair.value) ? pair.value.items.reduce((sum: number, item) => sum + this.size(item), 0) : this.size(pair.value);
        else size += this.size(pair.key) + this.size(pair.value);
      }
    }
    this.sizes.set(node as Node, size);
    return size;
  }

  /** An alias met outside any alias: go-yaml counts its expansion and checks the ratio. */
  expandAlias(alias: Node, target: Node): void {
    const size = this.size(target);
    this.decodes += 1 + size;
    this.aliases += size;
    if (this.decodes > MAX_DECODES || (this.aliases > 100 && this.decodes > 1000 && this.aliases / this.decodes > allowedAliasRatio(this.decodes))) {
      this.fail(alias, "document contains excessive aliasing (go-yaml's limit, which Helm applies)");
    }
  }

  value(node: unknown, path: Path, inAlias = false): unknown {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) this.fail(node, `the alias *${node.source} names no anchor`);
      if (!inAlias) this.expandAlias(node, target);
      return this.value(target, path, true);
    }
    if (!inAlias) this.decodes += 1;
    const known = this.values.get(node as Node);
    if (known !== undefined) return known;
    let value: unknown;
    if (isScalar(node)) value = this.scalar(node, path);
    else if (isSeq(node)) value = node.items.map((item, i) => this.value(item, [...path, i], inAlias));
    else if (isMap(node)) value = this.map(node.items as Pair[], path, inAlias);
    else this.fail(node as Node, "unexpected YAML node");
    if ((node as Node).anchor) this.values.set(node as Node, value);
    return value;
  }

  /**
   * A scalar's value; a quoted one with escapes or line breaks read as go-yaml reads it. The node
   * takes that value, so that a document written back after an edit keeps what Helm read.
   */
  resolved(node: Scalar): unknown {
    if (node.tag === BINARY_TAG) node.tag = undefined; // written back as the text it stands for
    const range = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? node.range : undefined;
    const source = range ? this.text.slice(range[0], range[1]) : "";
    if (!needsGoReading(source)) return node.value;
    const read = readQuoted(source);
    if (!read.ok) throw new Refused({ message: read.message, offset: (node.range?.[0] ?? 0) + read.offset });
    node.value = read.value;
    return read.value;
  }

  scalar(node: Scalar, path: Path): unknown {
    const value = this.resolved(node);
    if (typeof value === "number" && !Number.isFinite(value)) {
      this.fail(node, `${where(path)}: ${Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf"} is a number JSON cannot hold, so Helm refuses it; quote it to make it text`);
    }
    if (typeof value === "string") this.checkText(node, value, path);
    return value;
  }

  private text = "";
  withText(text: string): this {
    this.text = text;
    return this;
  }

  checkText(node: Node, value: string, path: Path): void {
    const bad = UNCARRIED.exec(value);
    if (bad) {
      const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      this.fail(node, `${where(path)}: U+${code} is a control character that Helm cannot carry (Helm 3 refuses the file, Helm 4 drops the value)`);
    }
  }

  map(pairs: Pair[], path: Path, inAlias: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    for (const pair of pairs) {
      if (isMergeKey(pair.key)) {
        this.merge(pair.value, out, path, inAlias);
        continue;
      }
      const key = this.key(pair.key, path, inAlias);
      if (keys.has(key)) this.fail(pair.key as Node, `${where([...path, key])}: this key is written twice (Helm reads two of the keys here as "${key}")`);
      keys.add(key);
      out[key] = this.value(pair.value, [...path, key], inAlias);
    }
    return out;
  }

  key(node: unknown, path: Path, inAlias: boolean): string {
    if (isAlias(node)) return this.key(node.resolve(this.doc), path, inAlias);
    if (!inAlias) this.decodes += 1;
    if (node !== null && node !== undefined && !isScalar(node)) this.fail(node as Node, `${where(path)}: a key must be a plain value, not a list or a mapping`);
    const scalar = node as Scalar | null | undefined;
    const value = scalar ? this.resolved(scalar) : null;
    if (typeof value === "string") this.checkText(scalar as Scalar, value, path);
    const result = goKeyString(value, scalar?.type === "PLAIN" ? String(scalar.source) : undefined);
    if ("error" in result) this.fail(scalar, `${where(path)}: ${result.error}`);
    if (result.key === "__proto__") this.fail(scalar, `${where([...path, result.key])}: __proto__ cannot be a key (the chart's schema refuses it, and the core cannot carry it)`);
    return result.key;
  }

  /** go-yaml v2's merge: the merged map's keys are set where `<<` stands, so later keys win. */
  merge(node: unknown, out: Record<string, unknown>, path: Path, inAlias: boolean): void {
    const maps = isSeq(node) ? [...node.items].reverse() : [node];
    for (const item of maps) {
      const target = isAlias(item) ? item.resolve(this.doc) : item;
      if (!isMap(target)) this.fail((item ?? node) as Node, `${where(path)}: map merge requires map or sequence of maps as the value`);
      Object.assign(out, this.value(item, path, inAlias));
    }
  }
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === "<<" && (key.type === "PLAIN" || key.tag === "tag:yaml.org,2002:merge");
}

/**
 * The data Helm reads from one parsed document; `text` is the source it was parsed from. Quoted
 * and !!binary scalars are set to the text Helm reads from them.
 */
export function goValue(doc: Document, text: string): GoValue {
  try {
    return { ok: true, value: new Converter(doc).withText(text).value(doc.contents, []) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
