// The pieces the GitOps exports share: a YAML 1.1 document from plain data with the user's values
// node set into it, and the Namespace with its Pod Security label.
import { Document } from "yaml";
import type { PodSecurityLevel } from "../wizard/pod-security";
import { documentToString, YAML11_OPTIONS } from "../yaml/yaml11";
import { valuesNode } from "./values-node";

export interface GitOpsTarget {
  release: { name: string; namespace: string };
  /** The chart repository: <site>/charts. */
  chartsUrl: string;
  chartVersion: string;
  /** The Pod Security level the engine's pods need (the wizard's verdict); the namespace enforces it. */
  podSecurity: PodSecurityLevel;
  /** The user's values.yaml text (or the minimal one), carried with its comments. */
  valuesText: string;
}

export const CHART_NAME = "dagger-helm";
export const POD_SECURITY_LABEL = "pod-security.kubernetes.io/enforce";

/**
 * One YAML document: `object` as YAML 1.1, with the values node put at `valuesPath` (whose key
 * holds a placeholder in `object`, so that it keeps its place), or the key left out when the
 * values set nothing.
 */
export function documentText(object: Record<string, unknown>, valuesPath: readonly string[], valuesText: string): string {
  const doc = new Document(object, YAML11_OPTIONS);
  const values = valuesNode(valuesText);
  if (values) doc.setIn(valuesPath, values);
  else doc.deleteIn(valuesPath);
  return documentToString(doc);
}

/** Comment lines to put before a document. */
export function comments(...lines: string[]): string {
  return lines.map((line) => `# ${line}\n`).join("");
}

export function namespaceObject(target: GitOpsTarget): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: target.release.namespace, labels: { [POD_SECURITY_LABEL]: target.podSecurity } },
  };
}

/** Documents of one file, each after "---". */
export function joinDocuments(texts: string[]): string {
  return texts.map((text) => `---\n${text}`).join("");
}
