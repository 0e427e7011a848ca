// Every string field of the chart carries text that YAML 1.1 or templating would misread
// (newlines, quotes, colons, {{ }}, #, yes, on, 0755, 1e3, ~) through values.yaml, Helm and
// the cluster's YAML reader with the same type and value, and without changing the structure of
// any document. Fields with a format of their own (DNS names, ports, enums, URLs, quantities)
// refuse such text; for those, the core and Helm must both refuse it.
import { describe, expect, it } from "vitest";
import { helmTemplate, mapLimit, parseManifests } from "../../test/helm";
import { validateKubernetesObject } from "../../test/kubernetes-schema";
import { renderManifests } from "./index";
import { manifestsText } from "./manifest-text";
import { validateValues } from "./validate";
import { deepEqual, type Table } from "../values/tree";

const HOSTILE = ["line one\nline two\n", 'say "hi"', "it's", "a: b", "{{ .Values.engine }}", "# not a comment", "yes", "on", "0755", "1e3", "~"];

/** Where free text goes: each is [path to the string, values that make the chart render it]. */
const TEXT_FIELDS: [string, (text: string) => Table][] = [
  ["engine.config", (text) => ({ engine: { config: text } })],
  ["engine.configJson", (text) => ({ engine: { configJson: text } })],
  ["engine.annotations", (text) => ({ engine: { annotations: { note: text } } })],
  ["engine.args", (text) => ({ engine: { args: [text] } })],
  ["engine.env value", (text) => ({ engine: { env: [{ name: "X", value: text }] } })],
  ["engine.image.ref", (text) => ({ engine: { image: { ref: text } } })],
  ["engine.priorityClassName", (text) => ({ engine: { priorityClassName: text } })],
  ["engine.runtimeClassName", (text) => ({ engine: { runtimeClassName: text } })],
  ["engine.tolerations value", (text) => ({ engine: { tolerations: [{ key: "k", operator: "Equal", value: text }] } })],
  ["engine.readinessProbe exec", (text) => ({ engine: { readinessProbe: { exec: { command: ["sh", "-c", text] } } } })],
  ["engine.lifecycle preStop", (text) => ({ engine: { lifecycle: { preStop: { exec: { command: [text] } } } } })],
  ["engine.securityContext seLinuxOptions", (text) => ({ engine: { securityContext: { seLinuxOptions: { level: text } } } })],
  ["engine.newServiceAccount.annotations", (text) => ({ engine: { newServiceAccount: { create: true, annotations: { note: text } } } })],
  ["engine.statefulSet storageClassName", (text) => ({ engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true, storageClassName: text } } } })],
  ["engine.hostPath.dataVolume.path", (text) => ({ engine: { hostPath: { dataVolume: { path: `/data/${text}` } } } })],
  ["engine.sidecars args", (text) => ({ engine: { sidecars: [{ name: "side", image: "busybox", args: [text] }] } })],
  ["engine.volumes", (text) => ({ engine: { volumes: [{ name: "extra", configMap: { name: "cm", items: [{ key: "k", path: text }] } }] } })],
  ["engine.affinity", (text) => ({ engine: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "k", operator: "In", values: [text] }] }] } } } } })],
  ["service.annotations", (text) => ({ engine: { port: 1234 }, service: { annotations: { note: text } } })],
  ["magicache.token", (text) => ({ magicache: { enabled: true, token: text } })],
  ["magicache.secretName", (text) => ({ magicache: { enabled: true, secretName: text } })],
];

const release = { releaseName: "strings", namespace: "dagger" };

/** Every string in a document tree, with where it stands. */
function strings(tree: unknown, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (tree && typeof tree === "object") return Object.entries(tree).flatMap(([key, value]) => strings(value, `${path}.${key}`));
  return [];
}

describe("every string field keeps its text and its type", () => {
  const cases = TEXT_FIELDS.flatMap(([field, values]) => HOSTILE.map((text) => ({ field, text, values: values(text) })));

  it(`${cases.length} field and text pairs reach the cluster as they were typed, or are refused by both`, async () => {
    const problems = await mapLimit(cases, 4, async ({ field, text, values }) => {
      const accepted = validateValues(values, release.releaseName).problems.length === 0;
      const helm = await helmTemplate(4, values, release);
      if (!accepted) return helm.ok ? [`${field} ${JSON.stringify(text)}: the core refuses it but Helm renders it`] : [];
      if (!helm.ok) return [`${field} ${JSON.stringify(text)}: Helm refuses it: ${helm.stderr.split("\n")[0]}`];
      const fromHelm = parseManifests(helm.stdout);
      const fromCore = parseManifests(manifestsText(renderManifests(values, release)));
      const found: string[] = [];
      if (!deepEqual(fromHelm, fromCore)) found.push(`${field} ${JSON.stringify(text)}: Helm and the core differ`);
      const seen = fromHelm.some(({ object }) => strings(object).some(([, value]) => value === text || value.includes(text)));
      const secret = field === "magicache.token";
      if (!seen && !secret) found.push(`${field} ${JSON.stringify(text)}: the text is not in any document as a string`);
      for (const { object } of fromHelm) {
        try {
          validateKubernetesObject(object);
        } catch (error) {
          found.push(`${field} ${JSON.stringify(text)}: ${(error as Error).message}`);
        }
      }
      return found;
    });
    expect(problems.flat()).toEqual([]);
  }, 300_000);

  it("keeps the documents' shape: the same kinds and keys as with plain text", () => {
    for (const [field, values] of TEXT_FIELDS) {
      const plain = renderManifests(values("plain"), release);
      for (const text of HOSTILE) {
        if (validateValues(values(text), release.releaseName).problems.length) continue;
        const hostile = renderManifests(values(text), release);
        const shape = (manifests: typeof plain) => manifests.map(({ object }) => strings(object).map(([path]) => path).join(","));
        expect(shape(hostile), `${field} ${JSON.stringify(text)}`).toEqual(shape(plain));
      }
    }
  });
});
