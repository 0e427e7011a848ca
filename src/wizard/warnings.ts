// Combinations of values that Helm accepts but that lose data, break the engine or grant more
// than a user likely meant. The wizard shows them beside the fields and on its review step; they
// never stop a render (the hard errors are validateValues' problems).
import { CHART } from "../chart/chart-meta";
import { engineHas, engineImageRef, engineVersionOf } from "../engine/versions";
import { engineConfigWarnings } from "../engine-config/warnings";
import type { TValues } from "../values/schema";

export interface ValuesWarning {
  /** The key path of the field to change, as validateValues names them: engine.hostPath.runVolume.enabled */
  path: string;
  /** A whole sentence: what goes wrong, and what to do about it. */
  message: string;
}

/** The TCP ports the engine container listens on: engine.containerPorts, else engine.port. */
export function engineListeningPorts(values: TValues): number[] {
  const ports = values.engine.containerPorts ?? [];
  if (ports.length) return ports.map((port) => port.containerPort);
  return values.engine.port ? [values.engine.port] : [];
}

/** The service account the engine's pods run as, as the chart's serviceAccountName helper picks it. */
export function usesDefaultServiceAccount(values: TValues): boolean {
  const { newServiceAccount, existingServiceAccount } = values.engine;
  if (newServiceAccount.create) return false;
  return !existingServiceAccount.name || existingServiceAccount.name === "default";
}

function storageWarnings(values: TValues): ValuesWarning[] {
  const { engine } = values;
  const warnings: ValuesWarning[] = [];
  const statefulSet = engine.kind === "StatefulSet";
  const claim = statefulSet && engine.statefulSet.persistentVolumeClaim.enabled;
  const replicas = statefulSet ? engine.statefulSet.replicas : 1;

  const ownDataVolume = (engine.volumes ?? []).some((volume) => volume.name === "data");
  if (!claim && !engine.hostPath.dataVolume.enabled && !ownDataVolume) {
    warnings.push({
      path: "engine.hostPath.dataVolume.enabled",
      message: statefulSet
        ? "Neither a PersistentVolumeClaim nor a host path holds the engine's data: the cache lives in an emptyDir and is lost every time a pod restarts. Enable engine.statefulSet.persistentVolumeClaim or engine.hostPath.dataVolume."
        : "No host path holds the engine's data: the cache lives in an emptyDir and is lost every time a pod restarts. Enable engine.hostPath.dataVolume.",
    });
  }
  if (statefulSet && replicas > 1 && !claim && engine.hostPath.dataVolume.enabled) {
    warnings.push({
      path: "engine.statefulSet.replicas",
      message: `${replicas} engines keep their data on one host path: two engines scheduled on the same node would write into the same cache and corrupt it. Enable engine.statefulSet.persistentVolumeClaim, or run 1 replica.`,
    });
  }
  if (statefulSet && replicas > 1 && engine.hostPath.runVolume.enabled) {
    warnings.push({
      path: "engine.hostPath.runVolume.enabled",
      message: `${replicas} engines share the run host path: two engines on the same node would fight over one engine.sock. Disable engine.hostPath.runVolume, or run 1 replica.`,
    });
  }
  return warnings;
}

/**
 * The headless discovery Service (clusterIP: None) resolves to the engines' pod IPs; its port is
 * only a label on those endpoints. With the engine on its unix socket alone (the defaults) the
 * Service serves its purpose, finding the pods by DNS, so there is nothing to warn about. Once the
 * engine listens on TCP, a client may connect through the Service's port, and a port the engine
 * does not listen on fails. The message names the Service: with engine.port the chart also makes
 * the engine's own Service, which is not the one at fault.
 */
function discoveryWarnings(values: TValues): ValuesWarning[] {
  const service = values.additionalResources.service;
  if (!service.create) return [];
  const ports = engineListeningPorts(values);
  if (!ports.length || ports.includes(service.port)) return [];
  return [
    {
      path: "additionalResources.service.port",
      message: `The discovery Service "${service.name}" forwards port ${service.port}, but the engine listens on ${ports.join(", ")}: connections to "${service.name}" on port ${service.port} fail (the engine's own Service, on ${ports.join(", ")}, works). Set additionalResources.service.port to ${ports[0]}.`,
    },
  ];
}

function rbacWarnings(values: TValues): ValuesWarning[] {
  const { role, roleBinding } = values.additionalResources;
  const warnings: ValuesWarning[] = [];
  if (role.create) {
    role.rules.forEach((rule, index) => {
      for (const key of ["verbs", "resources", "apiGroups"] as const) {
        if (rule[key]?.includes("*")) {
          warnings.push({
            path: `additionalResources.role.rules[${index}].${key}`,
            message: `Rule ${index + 1} of the Role grants every ${key === "verbs" ? "verb" : key === "resources" ? "resource" : "API group"} ("*"): anything that runs in the engine can use it across the namespace. List only the ${key} the engine's jobs need.`,
          });
        }
      }
    });
  }
  if (roleBinding.create && usesDefaultServiceAccount(values)) {
    warnings.push({
      path: "additionalResources.roleBinding.create",
      message:
        'The RoleBinding binds the Role to the "default" service account, which every pod in the namespace uses unless it names another: they all get the Role. Create a service account for the engine (engine.newServiceAccount.create) or name an existing one.',
    });
  }
  return warnings;
}

/** What the engine in use cannot do with these values, and images whose version can drift. */
function engineWarnings(values: TValues): ValuesWarning[] {
  const warnings: ValuesWarning[] = [];
  const image = engineImageRef(values, CHART.appVersion);
  const version = engineVersionOf(image);
  const imagePath = values.engine.image.ref ? "engine.image.ref" : values.engine.image.tag ? "engine.image.tag" : "engine.image.ref";
  if (version.kind === "moving") {
    warnings.push({
      path: imagePath,
      message: `The image ${image} names no release ("${version.tag}"): the engine can change under it at any restart, and the dagger CLI in your jobs must match the engine's version. Pin a release such as registry.dagger.io/engine:v${CHART.appVersion}.`,
    });
  }
  if (values.magicache.enabled && engineHas("magicache", version) === false && version.kind === "release") {
    warnings.push({
      path: "magicache.enabled",
      message: `The engine v${version.version} ignores magicache: engines since v0.18.17 no longer read _EXPERIMENTAL_DAGGER_CACHESERVICE_URL and _TOKEN, so this setting does nothing. Turn magicache off, or run an engine of v0.18.16 or older.`,
    });
  }
  if (values.volumeMountsPostfix.includes("{{")) {
    warnings.push({
      path: "volumeMountsPostfix",
      message: `volumeMountsPostfix "${values.volumeMountsPostfix}" is taken literally: Helm does not render templates inside values, so the engine's paths end in "-${values.volumeMountsPostfix}" as written. Put the value itself here, or render it in the parent chart.`,
    });
  }
  return warnings;
}

/**
 * Tolerations the API server refuses: an empty key matches every taint only with operator Exists
 * (ValidateTolerations in Kubernetes' pkg/apis/core/validation), and "Add toleration" starts empty.
 */
function tolerationWarnings(values: TValues): ValuesWarning[] {
  return (values.engine.tolerations ?? []).flatMap((toleration, index) =>
    !toleration.key && toleration.operator !== "Exists"
      ? [
          {
            path: `engine.tolerations[${index}].key`,
            message: `Toleration ${index + 1} has no key, which Kubernetes accepts only with the operator Exists (it then tolerates every taint): the API server refuses the engine's pods. Set a key, or choose Exists.`,
          },
        ]
      : [],
  );
}

/** Every warning for a set of coalesced values, storage first. */
export function valuesWarnings(values: TValues): ValuesWarning[] {
  return [...storageWarnings(values), ...engineConfigWarnings(values), ...engineWarnings(values), ...discoveryWarnings(values), ...rbacWarnings(values), ...tolerationWarnings(values)];
}
