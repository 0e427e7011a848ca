// Helm trims the end of each document and of the pod template, so a block string written last
// in the pod template keeps one final line break however many it had; the core's documents must
// read the same. The ServiceAccount's annotations and the Role's rules are out of the trim's reach.
import { describe, expect, it } from "vitest";
import { firstDifference } from "../../test/difference";
import { helmTemplate, parseManifests } from "../../test/helm";
import { goKeyLess } from "./document-tail";
import { renderManifests } from "./index";
import { manifestsText } from "./manifest-text";

const CASES: Record<string, unknown>[] = [
  // The annotations come before the labels: even the one sorted last keeps all its line breaks.
  { engine: { newServiceAccount: { create: true, annotations: { a9: "role\n\n", a10: "arn:aws:iam::1:role/x\n", b: "two\n\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a9: "role\n", a10: "arn:aws:iam::1:role/x\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { only: "\n\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", wax0: "\n" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get\n"] }] } } },
  { engine: { volumes: [{ name: "v", emptyDir: {}, zz: "text\n\n" }], volumeMounts: [{ name: "v", mountPath: "/v" }] } },
  { engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true } }, volumes: [{ name: "v", emptyDir: {}, zz: "text\n\n" }], volumeMounts: [{ name: "v", mountPath: "/v" }] } },
  { engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true } }, hostPath: { runVolume: { enabled: false } }, sidecars: [{ name: "s", image: "busybox", zz: "script\n" }] } },
  // Go's TrimSpace takes Unicode spaces too, which go-yaml writes plain (found by the parity test, seed 1583898066).
  { engine: { newServiceAccount: { create: true, annotations: { "0755": "x", on: "0b-0X_\u00a0" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "tail\u3000\u00a0" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "line\nend\u00a0\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "line\nend\u00a0" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get\u2009"] }] } } },
  // A lone no-break space, once trimmed, read back as null, which the API server refuses (the parity test, seed 1697238232).
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", yEs: "\u00a0" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "\u00a0"] }] } } },
];

describe("the end of each document, as Helm trims it", () => {
  it("orders keys as go-yaml sorts them (the order Helm 4's toYaml printed)", () => {
    const keys = ["b", "a10", "a9", "B", "a", "0", "10", "9", "_x", "a-1", "é", "a09", "a010", "x1y", "x01y", "Z", "~"];
    const sorted = [...keys].sort((x, y) => (goKeyLess(x, y) ? -1 : goKeyLess(y, x) ? 1 : 0));
    expect(sorted).toEqual(["_x", "~", "0", "9", "10", "B", "Z", "a", "a-1", "a9", "a09", "a10", "a010", "b", "x1y", "x01y", "é"]);
  });

  it("matches Helm 3 and 4 where a block string is written last", async () => {
    for (const values of CASES) {
      const ours = parseManifests(manifestsText(renderManifests(values, { releaseName: "r", namespace: "default" })));
      for (const major of [3, 4] as const) {
        const helm = await helmTemplate(major, values, { releaseName: "r", namespace: "default" });
        expect(helm.stderr, JSON.stringify(values)).toBe("");
        expect(firstDifference(parseManifests(helm.stdout), ours), `Helm ${major}, ${JSON.stringify(values)}`).toBeUndefined();
      }
    }
    // What the user wrote reaches the cluster, to the last line break and no-break space.
    for (const values of [CASES[0], CASES.at(-2)] as { engine: { newServiceAccount: { annotations: object } } }[]) {
      const [account] = renderManifests(values, { releaseName: "r", namespace: "default" });
      expect(account?.object.metadata?.annotations).toEqual(values.engine.newServiceAccount.annotations);
    }
    const role = renderManifests(CASES.at(-1), { releaseName: "r", namespace: "default" }).find((manifest) => manifest.object.kind === "Role");
    expect(role?.object).toMatchObject({ rules: [{ verbs: ["get", "\u00a0"] }] });
  }, 60_000);
});
