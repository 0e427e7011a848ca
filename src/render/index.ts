// renderManifests: the documents `helm template` renders from chart/dagger-helm, in its order.
import { containsNel, foldNelDeep } from "../yaml/line-breaks";
import { CHART } from "../chart/chart-meta";
import type { TValues } from "../values/schema";
import { checkedValues } from "./validate";
import { releaseNameProblem } from "./release-name";
import type { ChartKind, ChartObject } from "./chart-objects";
import type { Manifest, RenderContext } from "./context";
import { engineConfigMap } from "./engine-configmap";
import { engineDaemonSet } from "./engine-daemonset";
import { engineStatefulSet } from "./engine-statefulset";
import { magicacheSecret } from "./magicache-secret";
import { networkPolicy } from "./networkpolicy";
import { role, roleBinding } from "./role";
import { serviceAccount } from "./serviceaccount";
import { engineService, headlessService } from "./services";

export interface RenderOptions {
  releaseName: string;
  namespace: string;
}

/** Each template file of the chart and its twin, sorted by file name as Helm reads them. */
const TEMPLATES: [file: string, render: (ctx: RenderContext) => ChartObject | undefined][] = [
  ["engine-configmap.yaml", engineConfigMap],
  ["engine-daemonset.yaml", engineDaemonSet],
  ["engine-headless-service.yaml", headlessService],
  ["engine-service.yaml", engineService],
  ["engine-statefulset.yaml", engineStatefulSet],
  ["magicache-secret.yaml", magicacheSecret],
  ["networkpolicy.yaml", networkPolicy],
  ["role.yaml", role],
  ["rolebinding.yaml", roleBinding],
  ["serviceaccount.yaml", serviceAccount],
];

/**
 * Helm's install order (pkg/release/util/kind_sorter.go), for the kinds this chart renders: a
 * kind added to ChartObject fails to compile until it has its place here.
 */
const INSTALL_ORDER: Record<ChartKind, number> = {
  NetworkPolicy: 0,
  ServiceAccount: 1,
  Secret: 2,
  ConfigMap: 3,
  Role: 4,
  RoleBinding: 5,
  Service: 6,
  DaemonSet: 7,
  StatefulSet: 8,
};

export { RELEASE_NAME_PATTERN, releaseNameProblem } from "./release-name";

/**
 * The documents `helm template <release> chart/dagger-helm -n <namespace> -f values.yaml` renders,
 * in the same order. Throws a ValuesError naming every problem when Helm would refuse the values.
 */
export function renderManifests(userValues: unknown, options: RenderOptions): Manifest[] {
  const nameProblem = releaseNameProblem(options.releaseName);
  if (nameProblem) throw new Error(nameProblem);
  return renderValidValues(checkedValues(userValues, options.releaseName), options);
}

/**
 * renderManifests of values validated already: coalesced values that validateValues(userValues,
 * releaseName) found no problem in, for a valid release name. The wizard validates each text once.
 */
export function renderValidValues(values: TValues, options: RenderOptions): Manifest[] {
  const ctx: RenderContext = {
    values,
    // As helm: an empty namespace is the default one.
    release: { name: options.releaseName, namespace: options.namespace || "default", service: "Helm" },
    chart: CHART,
  };
  // Helm writes values through Go's JSON encoder, which leaves NEL raw, and go-yaml then reads it
  // as a line break. (Helm also trims each document's end, but no template ends with a string of
  // the user's: the strings reach the cluster as written; document-end.test.ts.) Every string of
  // a document is the chart's own (none has a NEL) or made from the values and the release, so
  // when they hold no NEL, no document does, and the walk through every document is saved.
  const folds = containsNel(values) || containsNel(ctx.release);
  const manifests: Manifest[] = [];
  for (const [file, render] of TEMPLATES) {
    const object = render(ctx);
    if (object) manifests.push({ source: `${CHART.name}/templates/${file}`, object: folds ? foldNelDeep(object) : object });
  }
  const rank = (manifest: Manifest) => INSTALL_ORDER[manifest.object.kind];
  return manifests.sort((a, b) => rank(a) - rank(b));
}
