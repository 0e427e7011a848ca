// A model of what an upstream chart version renders for given values: the objects `helm template`
// prints from dagger's chart or the kubiya fork, built from the version table (table.ts), written
// from observed renders. Checked against stored real renders by upstream-render.test.ts.
import { truthy, type KubeObject } from "../../render/context";
import { base64 } from "../../render/magicache-secret";
import { coalesceValues } from "../../values/coalesce";
import { isTable, type Table } from "../../values/tree";
import type { Behaviour } from "./behaviour";
import { goText, printed, truncTrim, withValue } from "./printed";
import { appVersion, behaviourOf } from "./table";
import { upstreamConfigData, upstreamPodTemplate, type UpstreamScope } from "./upstream-pod";
import type { UpstreamVersion } from "./versions";

export interface UpstreamRelease {
  releaseName: string;
  namespace: string;
}

const CHART_NAME = "dagger-helm";
const KIND_ORDER = ["ServiceAccount", "Secret", "ConfigMap", "Role", "RoleBinding", "Service", "DaemonSet", "StatefulSet"];

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}

function names(values: Table, releaseName: string) {
  const chartName = truncTrim(goText(truthy(values.nameOverride) ? values.nameOverride : CHART_NAME));
  let fullname: string;
  if (truthy(values.fullnameOverride)) fullname = truncTrim(goText(values.fullnameOverride));
  else {
    const name = goText(truthy(values.nameOverride) ? values.nameOverride : CHART_NAME);
    fullname = truncTrim(releaseName.includes(name) ? releaseName : `${releaseName}-${name}`);
  }
  return { chartName, fullname };
}

function versionLabel(behaviour: Behaviour, upstream: UpstreamVersion): string {
  const app = appVersion(upstream) ?? "";
  switch (behaviour.versionLabel) {
    case "quoted-app-version":
      return app;
    case "v-app-version":
      return `v${app}`;
    case "v-chart-version":
      return `v${upstream.version}`;
    case "v-chart-version-cut":
      return `v${truncTrim(upstream.version.replaceAll("+", "_"), 62)}`;
  }
}

/**
 * Helm 4's coalescing: a user's null over a default that is null too keeps the key (Helm 3 drops
 * it: `lifecycle: {preStop: null}` renders `lifecycle: null` with Helm 4 and nothing with Helm 3,
 * the same to the API server). Dropping such a null from the user's values gets that from the
 * core's coalesceValues.
 */
function withoutNullOverNull(user: Table, defaults: Table): Table {
  const out: Table = {};
  for (const [key, value] of Object.entries(user)) {
    if (value === null && Object.hasOwn(defaults, key) && defaults[key] === null) continue;
    out[key] = isTable(value) && isTable(defaults[key]) ? withoutNullOverNull(value, defaults[key]) : value;
  }
  return out;
}

export function upstreamValues(behaviour: Behaviour, user: Table): Table {
  return coalesceValues(behaviour.defaults, withoutNullOverNull(user, behaviour.defaults));
}

/** The engine image the chart version runs for these values. */
export function upstreamImage(upstream: UpstreamVersion, values: Table): string {
  const behaviour = behaviourOf(upstream);
  const image = table(table(upstreamValues(behaviour, values).engine).image);
  if (behaviour.image === "ref-or-chart-version") {
    return truthy(image.ref) ? goText(image.ref) : `registry.dagger.io/engine:v${upstream.version}`;
  }
  const fallback = behaviour.image === "repository-v-app-version" ? `v${appVersion(upstream)}` : (appVersion(upstream) ?? "");
  return `${goText(image.repository)}:${truthy(image.tag) ? goText(image.tag) : fallback}`;
}

/** The objects the upstream chart at this version renders, in Helm's install order. */
export function renderUpstream(upstream: UpstreamVersion, userValues: Table, release: UpstreamRelease): KubeObject[] {
  const behaviour = behaviourOf(upstream);
  const values = upstreamValues(behaviour, userValues);
  const engine = table(values.engine);
  const { chartName, fullname } = names(values, release.releaseName);
  const chartLabels: Record<string, unknown> = {
    "helm.sh/chart": printed(truncTrim(`${CHART_NAME}-${upstream.version}`.replaceAll("+", "_"))),
    "app.kubernetes.io/name": printed(chartName),
    "app.kubernetes.io/instance": printed(release.releaseName),
    "app.kubernetes.io/version": versionLabel(behaviour, upstream),
    "app.kubernetes.io/managed-by": "Helm",
    "app.kubernetes.io/part-of": printed(chartName),
    ...(behaviour.engineLabels && truthy(engine.labels) ? table(engine.labels) : {}),
  };
  const serviceAccount = table(engine.newServiceAccount);
  const scope: UpstreamScope = {
    values,
    engine,
    fullname,
    chartLabels,
    image: upstreamImage(upstream, userValues),
    serviceAccountName: truthy(serviceAccount.create) ? fullname : goText(truthy(table(engine.existingServiceAccount).name) ? table(engine.existingServiceAccount).name : "default"),
  };
  const meta = (name: unknown, namespaced = true): KubeObject => ({
    name: printed(name),
    ...(namespaced ? { namespace: printed(release.namespace) } : {}),
    labels: { ...chartLabels },
  });
  const objects: KubeObject[] = [];
  const magicache = table(values.magicache);

  const configData = upstreamConfigData(engine, behaviour.configMapJson);
  if (configData) objects.push({ apiVersion: "v1", kind: "ConfigMap", metadata: meta(`${fullname}-engine-config`), data: configData });

  const statefulSet = behaviour.kindChoice && engine.kind === "StatefulSet";
  const daemonSet = !behaviour.kindChoice || engine.kind === "DaemonSet";
  const selector = { matchLabels: { name: printed(`${fullname}-engine`) } };
  if (daemonSet) {
    const template = upstreamPodTemplate(behaviour.daemonSet, scope);
    objects.push({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: meta(`${fullname}-engine`), spec: { selector, template } });
  }
  if (statefulSet && behaviour.statefulSet) {
    const rule = behaviour.statefulSet;
    const spec: KubeObject = { replicas: 1 };
    const settings = table(engine.statefulSet);
    const claim = table(settings.persistentVolumeClaim);
    if (rule.claims) spec.podManagementPolicy = printed(settings.podManagementPolicy);
    spec.selector = selector;
    const retention = settings.persistentVolumeClaimRetentionPolicy;
    if (rule.claims && truthy(claim.enabled) && truthy(retention)) {
      spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: printed(table(retention).whenDeleted), whenScaled: printed(table(retention).whenScaled) };
    }
    spec.template = upstreamPodTemplate(rule, scope);
    if (rule.claims && truthy(claim.enabled)) {
      const claimSpec: KubeObject = {};
      if (truthy(claim.storageClassName)) claimSpec.storageClassName = printed(claim.storageClassName);
      claimSpec.accessModes = claim.accessModes ?? null;
      claimSpec.resources = claim.resources ?? null;
      spec.volumeClaimTemplates = [{ metadata: { name: "data" }, spec: claimSpec }];
    }
    objects.push({ apiVersion: "apps/v1", kind: "StatefulSet", metadata: meta(`${fullname}-engine`), spec });
  }

  if (truthy(magicache.enabled) && !truthy(magicache.secretName)) {
    if (!truthy(magicache.token)) throw new Error("A magicache token is required");
    const token = base64(goText(magicache.token));
    objects.push({ apiVersion: "v1", kind: "Secret", metadata: meta(`${fullname}-magicache-token`), data: { _EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN: token } });
  }

  if (behaviour.portService && (truthy(engine.containerPorts) || truthy(engine.port))) objects.push(portService(values, scope, meta(fullname, false)));

  if (truthy(serviceAccount.create)) {
    const metadata = meta(scope.serviceAccountName, false);
    const annotations = withValue(serviceAccount.annotations);
    if (annotations !== undefined) metadata.annotations = annotations;
    objects.push({ apiVersion: "v1", kind: "ServiceAccount", metadata });
  }

  if (behaviour.forkExtras) objects.push(...forkExtras(values, scope, chartName, meta));
  const rank = (object: KubeObject) => KIND_ORDER.indexOf(String(object.kind));
  return objects.sort((a, b) => rank(a) - rank(b));
}

/** dagger's Service (0.21.0 on): <fullname>, selecting the release's pods by name and instance. */
function portService(values: Table, scope: UpstreamScope, metadata: KubeObject): KubeObject {
  const { engine } = scope;
  const service = table(values.service);
  metadata.labels = { ...(metadata.labels as Table), ...(truthy(service.labels) ? table(service.labels) : {}) };
  if (truthy(service.annotations)) metadata.annotations = service.annotations;
  const ports = truthy(engine.containerPorts)
    ? (engine.containerPorts as Table[]).map((port) => ({
        name: printed(truthy(port.name) ? port.name : "dagger"),
        port: printed(truthy(port.containerPort) ? port.containerPort : engine.port),
        targetPort: printed(truthy(port.name) ? port.name : "dagger"),
        protocol: printed(truthy(port.protocol) ? port.protocol : "TCP"),
      }))
    : [{ name: "dagger", port: printed(engine.port), targetPort: "dagger", protocol: "TCP" }];
  const labels = scope.chartLabels;
  const selector = { "app.kubernetes.io/name": labels["app.kubernetes.io/name"], "app.kubernetes.io/instance": labels["app.kubernetes.io/instance"] };
  return { apiVersion: "v1", kind: "Service", metadata, spec: { type: printed(service.type), ports, selector } };
}

/** The fork's additionalResources: a Role and RoleBinding named after the chart, a headless Service. */
function forkExtras(values: Table, scope: UpstreamScope, chartName: string, meta: (name: unknown) => KubeObject): KubeObject[] {
  const extras = table(values.additionalResources);
  const objects: KubeObject[] = [];
  if (truthy(table(extras.role).create)) {
    objects.push({
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: meta(chartName),
      rules: [{ apiGroups: [""], resources: ["*"], verbs: ["*"] }],
    });
  }
  if (truthy(table(extras.roleBinding).create)) {
    objects.push({
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: meta(`${chartName}-binding`),
      subjects: [{ kind: "ServiceAccount", name: printed(scope.serviceAccountName), namespace: (meta("").namespace as unknown) ?? null }],
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: printed(chartName) },
    });
  }
  const service = table(extras.service);
  if (truthy(service.create)) {
    const selector = { "app.kubernetes.io/name": printed(chartName), ...(truthy(scope.engine.labels) ? table(scope.engine.labels) : {}) };
    const port = printed(service.port);
    objects.push({
      apiVersion: "v1",
      kind: "Service",
      metadata: meta(truthy(service.name) ? service.name : `${scope.fullname}-engine`),
      spec: { clusterIP: "None", selector, ports: [{ name: "dagger", port, targetPort: port, protocol: "TCP" }] },
    });
  }
  return objects;
}
