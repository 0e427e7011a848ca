// The texts the wizard's export actions produce, beside what the core renders.
import { toYaml11 } from "../yaml/yaml11";

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * A Namespace document to put before the manifests. The engine runs privileged, which the
 * "restricted" and "baseline" Pod Security levels refuse, so the namespace must allow it.
 */
export function privilegedNamespaceText(namespace: string): string {
  const namespaceObject = {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: namespace, labels: { "pod-security.kubernetes.io/enforce": "privileged" } },
  };
  return [
    "---",
    "# Not part of the dagger-helm chart: added by the wizard's export because the engine runs",
    "# privileged, which Pod Security Admission allows only in a namespace labelled 'privileged'.",
    "# Leave it out if the namespace exists already or is managed elsewhere.",
    toYaml11(namespaceObject),
  ].join("\n");
}
