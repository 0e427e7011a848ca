// Reading what runs: the output of `helm get manifest <release>` (the objects Helm applied) or of
// `helm get values <release> [-o yaml]` (the values the release was installed with), told apart by
// their shape. Manifests are read as a Kubernetes client reads them: go-yaml's YAML 1.1, a key
// given twice keeps its last value (the fork's 0.4.x StatefulSet renders `exec:` twice).
// eslint-disable-next-line no-restricted-imports -- a deployed manifest may repeat a key (the fork renders exec: twice), which Kubernetes reads as the last one
import { isMap, parseAllDocuments, type Document } from "yaml";
import { offsetPosition, parseValuesText } from "../document/values-document";
import type { KubeObject } from "../render/context";
import { isTable, type Table } from "../values/tree";
import { YAML11_OPTIONS } from "../yaml/yaml11";

export class DeployedInputError extends Error {
  override name = "DeployedInputError";
}

export type DeployedInput =
  | {
      type: "manifest";
      objects: KubeObject[];
      /** The release and namespace the objects say they belong to (app.kubernetes.io/instance, metadata.namespace). */
      release?: string;
      namespace?: string;
      /** The helm.sh/chart label: dagger-helm-0.5.0. */
      chart?: string;
    }
  | { type: "values"; values: Table };

/** `helm get values` without -o yaml starts with this line. */
const VALUES_HEADING = /^(USER-SUPPLIED|COMPUTED) VALUES:[ \t]*$/m;

function blankHeading(text: string): string {
  const first = text.split("\n").findIndex((line) => line.trim() !== "");
  const lines = text.split("\n");
  if (first >= 0 && VALUES_HEADING.test(lines[first] as string)) lines[first] = "";
  return lines.join("\n");
}

function at(name: string, text: string, offset: number | undefined): string {
  const position = offsetPosition(text, offset ?? 0);
  return `${name}:${position.line}:${position.column}`;
}

function isObject(doc: Document): boolean {
  if (!isMap(doc.contents)) return false;
  return typeof doc.contents.get("kind") === "string" && typeof doc.contents.get("apiVersion") === "string";
}

function labelOf(objects: readonly KubeObject[], label: string): string | undefined {
  for (const object of objects) {
    const value = ((object.metadata as Table | undefined)?.labels as Table | undefined)?.[label];
    if (typeof value === "string") return value;
  }
  return undefined;
}

function readManifest(docs: Document[], text: string, name: string): DeployedInput {
  const objects: KubeObject[] = [];
  docs.forEach((doc, index) => {
    if (!isObject(doc)) {
      throw new DeployedInputError(
        `${at(name, text, doc.contents?.range?.[0])}: document ${index + 1} is not a Kubernetes object (no apiVersion and kind); ` +
          "pass the output of `helm get manifest <release>` or of `helm get values <release> -o yaml`",
      );
    }
    const object = doc.toJS({ maxAliasCount: 0 }) as KubeObject;
    if (object.kind === "List") {
      throw new DeployedInputError(`${at(name, text, doc.contents?.range?.[0])}: a List (kubectl get -o yaml) holds the objects as the server filled them in; pass \`helm get manifest <release>\` instead`);
    }
    objects.push(object);
  });
  const namespace = objects.map((object) => (object.metadata as Table | undefined)?.namespace).find((value) => typeof value === "string") as string | undefined;
  return { type: "manifest", objects, release: labelOf(objects, "app.kubernetes.io/instance"), namespace, chart: labelOf(objects, "helm.sh/chart") };
}

/** Reads a deployed release's manifest or values; bad input throws with the file, line and what is wrong. */
export function readDeployed(text: string, name: string): DeployedInput {
  const source = blankHeading(text);
  const docs = parseAllDocuments(source, { ...YAML11_OPTIONS, uniqueKeys: false });
  const all = Array.isArray(docs) ? docs : [];
  for (const doc of all) {
    const error = doc.errors[0];
    if (error) throw new DeployedInputError(`${at(name, source, error.pos[0])}: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  const filled = all.filter((doc) => doc.contents !== null && !(doc.contents && "value" in doc.contents && doc.contents.value === null));
  if (filled.length > 1 || filled.some(isObject)) return readManifest(filled, source, name);
  const parsed = parseValuesText(source);
  if (!parsed.ok) {
    const where = parsed.position ? `${name}:${parsed.position.line}:${parsed.position.column}` : name;
    throw new DeployedInputError(`${where}: ${parsed.message}`);
  }
  if (!isTable(parsed.values)) throw new DeployedInputError(`${name}: the deployed values must be a mapping`);
  return { type: "values", values: parsed.values };
}
