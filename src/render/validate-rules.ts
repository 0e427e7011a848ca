// Twin of dagger-helm.validateValues in chart/dagger-helm/templates/_validate.tpl: the same
// rules with the same wording, so that the wizard, the CLI and Helm say the same thing.
import { truthy } from "./context";
import { CHART } from "../chart/chart-meta";
import { dataMountPath, fullname, runMountPath } from "./names";
import { PROBE_HANDLERS } from "../values/kubernetes";
import { quantityValue } from "../values/quantity-value";
import { DEFAULT_READINESS_EXEC } from "../values/schema";
import { deepEqual } from "../values/tree";
import type { TValues } from "../values/schema";
import type { ValuesProblem } from "../values/validate";

/** The variable that magicache.enabled adds to the engine's environment. */
export const MAGICACHE_URL_VARIABLE = "_EXPERIMENTAL_DAGGER_CACHESERVICE_URL";

/** The rules of _validate.tpl; the one that needs the release's names runs when it is given. */
export function crossFieldProblems(values: TValues, releaseName?: string): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message: `${path}${message}` });
  const { engine, magicache, additionalResources } = values;
  const ctx = { values, release: { name: "", namespace: "", service: "Helm" as const }, chart: { name: "", version: "", appVersion: "" } };

  if (magicache.enabled && !magicache.token && !magicache.secretName) {
    add("magicache.enabled", " is true but neither magicache.token nor magicache.secretName is set: set one of them, or set magicache.enabled to false");
  }
  const { statefulSet } = engine;
  if (engine.kind === "StatefulSet" && statefulSet.replicas > 1 && !statefulSet.persistentVolumeClaim.enabled && engine.hostPath.dataVolume.enabled) {
    add(
      "engine.statefulSet.replicas",
      ` is ${statefulSet.replicas} but the engines keep their data on a host path (engine.hostPath.dataVolume.enabled): engines on one node would share it. Enable engine.statefulSet.persistentVolumeClaim, or set engine.statefulSet.replicas to 1`,
    );
  }
  if (engine.hostPort && !engine.port) {
    add("engine.hostPort", " is set but engine.port is not: set engine.port, or remove engine.hostPort");
  } else if (engine.hostPort && truthy(engine.containerPorts)) {
    add("engine.hostPort", " applies to the single 'dagger' port, which engine.containerPorts replaces: set hostPort on the entries of engine.containerPorts instead");
  }
  // The API server refuses a container whose limit is below its request (validation.go,
  // ValidateResourceRequirements): "must be less than or equal to ... limit".
  const limits = engine.resources?.limits ?? {};
  const requests = engine.resources?.requests ?? {};
  for (const name of Object.keys(limits).sort()) {
    const limit = quantityValue(limits[name]);
    const request = quantityValue(requests[name]);
    if (limit !== undefined && request !== undefined && limit < request) {
      add(`engine.resources.limits.${name}`, ` is below engine.resources.requests.${name}: the API server refuses a limit below its request. Raise the limit, or lower the request`);
    }
  }
  if (additionalResources.roleBinding.create && !additionalResources.role.create) {
    add(
      "additionalResources.roleBinding.create",
      " is true but additionalResources.role.create is false: the binding would name a Role that does not exist. Set additionalResources.role.create to true",
    );
  }
  for (const probe of ["readinessProbe", "livenessProbe"] as const) {
    for (const key of [probe, `${probe}Settings`] as const) {
      const value = engine[key] ?? {};
      // The default exec handler comes with every coalesced readinessProbe: it does not count.
      const handlers = PROBE_HANDLERS.filter(
        (handler) => Object.hasOwn(value, handler) && !(handler === "exec" && deepEqual(value.exec, DEFAULT_READINESS_EXEC)),
      );
      if (handlers.length > 1) {
        add(`engine.${key}`, ` has more than one handler (${handlers.join(", ")}): keep one of exec, httpGet, tcpSocket, grpc`);
      }
    }
  }
  const discovery = additionalResources.service;
  if (releaseName !== undefined && discovery.create && (engine.port || truthy(engine.containerPorts))) {
    const engineService = fullname({ ...ctx, release: { ...ctx.release, name: releaseName }, chart: CHART });
    if (discovery.name === engineService) {
      add(
        "additionalResources.service.name",
        ` ${goQuote(discovery.name)} is also the name of the engine's Service, which engine.port or engine.containerPorts creates: choose another name`,
      );
    }
  }

  // The chart's own volumes that are on; a user volume may take the name of one that is off.
  const chartVolumes: Record<string, string | undefined> = {
    data: engine.hostPath.dataVolume.enabled || (engine.kind === "StatefulSet" && engine.statefulSet.persistentVolumeClaim.enabled) ? "engine.hostPath.dataVolume.enabled and engine.statefulSet.persistentVolumeClaim.enabled to false" : undefined,
    run: engine.hostPath.runVolume.enabled ? "engine.hostPath.runVolume.enabled to false" : undefined,
    "engine-config": engine.config || engine.configJson ? "engine.config and engine.configJson to empty" : undefined,
  };
  // Names and paths seen so far, in sets: with lists, a file of a thousand variables made the
  // look-ups the rules' main cost (each entry compared with every earlier one).
  const volumes = new Set<string>();
  (engine.volumes ?? []).forEach((volume, index) => {
    const own = chartVolumes[volume.name];
    if (own) {
      add(`engine.volumes[${index}].name`, ` ${goQuote(volume.name)} is the chart's own volume: choose another name, or set ${own}`);
    } else if (volumes.has(volume.name)) {
      add(`engine.volumes[${index}].name`, ` ${goQuote(volume.name)} is used twice: volume names must be unique`);
    }
    volumes.add(volume.name);
  });
  const mountable = new Set(["data"]);
  if (engine.hostPath.runVolume.enabled) mountable.add("run");
  if (engine.config || engine.configJson) mountable.add("engine-config");
  for (const volume of engine.volumes ?? []) mountable.add(volume.name);

  const paths = new Set([dataMountPath(ctx)]);
  if (engine.hostPath.runVolume.enabled) paths.add(runMountPath(ctx));
  if (engine.config) paths.add("/etc/dagger/engine.toml");
  if (engine.configJson) paths.add("/etc/dagger/engine.json");
  (engine.volumeMounts ?? []).forEach((mount, index) => {
    if (!mountable.has(mount.name)) {
      add(`engine.volumeMounts[${index}].name`, ` ${goQuote(mount.name)} matches no volume: add it to engine.volumes, or correct the name`);
    }
    if (paths.has(mount.mountPath)) {
      add(`engine.volumeMounts[${index}].mountPath`, ` ${goQuote(mount.mountPath)} is already mounted in the engine container: choose another path`);
    }
    paths.add(mount.mountPath);
  });

  const containers = new Set(["dagger-engine"]);
  (engine.sidecars ?? []).forEach((sidecar, index) => {
    if (containers.has(sidecar.name)) {
      add(`engine.sidecars[${index}].name`, ` ${goQuote(sidecar.name)} is already a container of the pod: choose another name`);
    }
    containers.add(sidecar.name);
    const mounts = Array.isArray(sidecar.volumeMounts) ? (sidecar.volumeMounts as { name?: unknown }[]) : [];
    mounts.forEach((mount, mountIndex) => {
      const name = String(mount?.name ?? "");
      if (!mountable.has(name)) {
        add(`engine.sidecars[${index}].volumeMounts[${mountIndex}].name`, ` ${goQuote(name)} matches no volume: add it to engine.volumes, or correct the name`);
      }
    });
  });

  const envNames = new Set<string>();
  (engine.env ?? []).forEach((variable, index) => {
    if (envNames.has(variable.name)) {
      add(`engine.env[${index}].name`, ` ${goQuote(variable.name)} is used twice: environment variable names must be unique (Helm 4 applies server-side and refuses duplicates)`);
    } else if (magicache.enabled && variable.name === MAGICACHE_URL_VARIABLE) {
      add(`engine.env[${index}].name`, ` ${goQuote(variable.name)} is also set by magicache.enabled: remove it from engine.env, or set magicache.url instead`);
    }
    envNames.add(variable.name);
  });

  const portNames = new Set<string>();
  const portNumbers = new Set<number>();
  (engine.containerPorts ?? []).forEach((port, index) => {
    if (portNames.has(port.name)) {
      add(`engine.containerPorts[${index}].name`, ` ${goQuote(port.name)} is used twice: port names must be unique`);
    }
    if (portNumbers.has(port.containerPort)) {
      add(`engine.containerPorts[${index}].containerPort`, ` ${port.containerPort} is used twice: ports must be unique`);
    }
    portNames.add(port.name);
    portNumbers.add(port.containerPort);
  });
  return problems;
}

/** Go's %q for the strings these messages quote. */
function goQuote(text: string): string {
  return JSON.stringify(text);
}
