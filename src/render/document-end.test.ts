// Helm trims the end of each rendered document (Go's TrimSpace, Unicode spaces included) and
// would cut the white space or line breaks a string written there ends with: a lone no-break space
// came back as null, which the API server refuses. No template ends with a string of the user's
// (the ServiceAccount's annotations and the Role's rules come before their labels, the pod
// template before the selector), so every string reaches the cluster as written, in Helm's
// output and in the core's alike.
import { describe, expect, it } from "vitest";
import { firstDifference } from "../../test/difference";
import { helmTemplate, parseManifests } from "../../test/helm";
import { renderManifests } from "./index";
import { manifestsText } from "./manifest-text";

const CASES: Record<string, unknown>[] = [
  // Line breaks at the end of the annotation sorted last, of a rule, of the pod template's last string.
  { engine: { newServiceAccount: { create: true, annotations: { a9: "role\n\n", a10: "arn:aws:iam::1:role/x\n", b: "two\n\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a9: "role\n", a10: "arn:aws:iam::1:role/x\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { only: "\n\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", wax0: "\n" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get\n"] }] } } },
  { engine: { volumes: [{ name: "v", emptyDir: {}, zz: "text\n\n" }], volumeMounts: [{ name: "v", mountPath: "/v" }] } },
  { engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true } }, volumes: [{ name: "v", emptyDir: {}, zz: "text\n\n" }], volumeMounts: [{ name: "v", mountPath: "/v" }] } },
  { engine: { kind: "StatefulSet", statefulSet: { persistentVolumeClaim: { enabled: true } }, hostPath: { runVolume: { enabled: false } }, sidecars: [{ name: "s", image: "busybox", zz: "script\n" }] } },
  // Unicode spaces, which go-yaml writes plain (found by the parity test, seeds 1583898066 and 1697238232).
  { engine: { newServiceAccount: { create: true, annotations: { "0755": "x", on: "0b-0X_\u00a0" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "tail\u3000\u00a0" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "line\nend\u00a0\n" } } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", b: "line\nend\u00a0" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get\u2009"] }] } } },
  { engine: { newServiceAccount: { create: true, annotations: { a: "x", yEs: "\u00a0" } } } },
  { additionalResources: { role: { create: true, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "\u00a0"] }] } } },
  { engine: { volumes: [{ name: "v", hostPath: { path: "/var/v\u00a0" } }], volumeMounts: [{ name: "v", mountPath: "/v" }] } },
  { engine: { kind: "StatefulSet", hostPath: { runVolume: { enabled: false } }, sidecars: [{ name: "s", image: "busybox", zz: "\u00a0" }] } },
];

describe("the end of each document", () => {
  it("matches Helm 3 and 4, and every string the values hold reaches the objects as written", async () => {
    for (const values of CASES) {
      const rendered = renderManifests(values, { releaseName: "r", namespace: "default" });
      const ours = parseManifests(manifestsText(rendered));
      for (const major of [3, 4] as const) {
        const helm = await helmTemplate(major, values, { releaseName: "r", namespace: "default" });
        expect(helm.stderr, JSON.stringify(values)).toBe("");
        expect(firstDifference(parseManifests(helm.stdout), ours), `Helm ${major}, ${JSON.stringify(values)}`).toBeUndefined();
      }
      const reached = new Set(stringsIn(ours.map((manifest) => manifest.object)));
      expect(stringsIn(values).filter((text) => !reached.has(text)), JSON.stringify(values)).toEqual([]);
    }
  }, 60_000);
});

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}
