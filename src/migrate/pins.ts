// Values that keep what the upstream chart ran where our defaults differ and it matters: the
// engine image, its readiness command, host directories (the cache), and the StatefulSet fields
// the API server will not change (podManagementPolicy, volume claim templates).
import type { KubeObject } from "../render/context";
import { deepEqual, getIn, type Table } from "../values/tree";
import { shown } from "../upgrade/diff-text";
import { FORK_APP_VERSIONS } from "./upstream/table";
import { UPSTREAM_TITLES, type UpstreamVersion } from "./upstream/versions";
import { dataFromClaim, engineContainer, engineHostPath, engineWorkload, list, table } from "./workload";

export interface Pin {
  path: string[];
  /** undefined removes the key. */
  value: unknown;
  /** A comment written above the key in the migrated values.yaml. */
  comment?: string;
  /** The pin in plain words, for the report. */
  note: string;
}

export interface PinInput {
  upstream: UpstreamVersion;
  /** The upstream render (what runs now) and ours from the values before the pins. */
  deployed: readonly KubeObject[];
  next: readonly KubeObject[];
  /** The migrated values before the pins. */
  values: Table;
  /** Our chart's default engine image. */
  defaultImage: string;
}

function chartTitle(upstream: UpstreamVersion): string {
  return `${UPSTREAM_TITLES[upstream.chart].split(" (")[0]} ${upstream.version}`;
}

function imagePins({ upstream, deployed, next, values, defaultImage }: PinInput): Pin[] {
  const ran = String(engineContainer(engineWorkload(deployed)).image ?? "");
  const ours = String(engineContainer(engineWorkload(next)).image ?? "");
  if (!ran || ran === ours) return [];
  const legacy = ["repository", "tag"].filter((key) => getIn(values, ["engine", "image", key]) !== undefined);
  const dropLegacy = legacy.map((key) => ({ path: ["engine", "image", key], value: undefined, note: `engine.image.${key} removed: engine.image.ref now names the whole image` }));
  const toDefault = `Delete this line to run our chart's default engine, ${defaultImage.replace(/^.*:/, "")} (use a dagger CLI of the same version).`;
  const appVersion = FORK_APP_VERSIONS[upstream.version];
  if (upstream.chart === "fork" && ran === `registry.dagger.io/engine:v${upstream.version}` && appVersion) {
    const image = `registry.dagger.io/engine:v${appVersion}`;
    return [
      ...dropLegacy,
      {
        path: ["engine", "image", "ref"],
        value: image,
        comment:
          ` The fork ${upstream.version} used its own chart version as the engine tag (${ran}), which is not the engine it was made for.` +
          `\n Pinned to its appVersion, v${appVersion}.\n ${toDefault}`,
        note: `engine.image.ref pinned to ${image}: with no image set, the fork ${upstream.version} ran ${ran}, its chart version used as an engine tag, which names no engine the fork was made for; v${appVersion} is the fork's appVersion. Remove the pin to run ${defaultImage}.`,
      },
    ];
  }
  return [
    ...dropLegacy,
    {
      path: ["engine", "image", "ref"],
      value: ran,
      comment: ` The engine ${chartTitle(upstream)} ran.\n ${toDefault}`,
      note: `engine.image.ref pinned to ${ran}, the engine ${chartTitle(upstream)} ran. Remove the pin to run ${defaultImage}.`,
    },
  ];
}

function readinessPins({ deployed, next, values }: PinInput): Pin[] {
  const ran = table(table(engineContainer(engineWorkload(deployed)).readinessProbe).exec).command;
  const ours = table(table(engineContainer(engineWorkload(next)).readinessProbe).exec).command;
  if (!Array.isArray(ran) || !ran.length || deepEqual(ran, ours)) return [];
  const key = getIn(values, ["engine", "readinessProbeSettings"]) !== undefined ? "readinessProbeSettings" : "readinessProbe";
  return [
    {
      path: ["engine", key, "exec", "command"],
      value: ran,
      comment: " The readiness command the pinned engine answers (newer engines answer 'dagger core version').",
      note: `engine.${key}.exec.command pinned to ${shown(ran)}, the readiness command the engine ran with (ours runs ${shown(ours)}).`,
    },
  ];
}

function statefulSetPins({ upstream, deployed, next }: PinInput): Pin[] {
  const before = engineWorkload(deployed);
  const after = engineWorkload(next);
  if (before?.kind !== "StatefulSet" || after?.kind !== "StatefulSet") return [];
  const pins: Pin[] = [];
  const spec = table(before.spec);
  const ours = table(after.spec);
  const policy = spec.podManagementPolicy ?? "OrderedReady";
  if (policy !== (ours.podManagementPolicy ?? "OrderedReady")) {
    pins.push({
      path: ["engine", "statefulSet", "podManagementPolicy"],
      value: policy,
      comment: ` ${chartTitle(upstream)} ran ${String(policy)}; a StatefulSet cannot change it in place.`,
      note: `engine.statefulSet.podManagementPolicy pinned to ${String(policy)} (${chartTitle(upstream)}'s; ours defaults to OrderedReady, and the API server refuses to change it).`,
    });
  }
  const claim = list(spec.volumeClaimTemplates)[0];
  const ourClaim = list(ours.volumeClaimTemplates)[0];
  const base = ["engine", "statefulSet", "persistentVolumeClaim"];
  if (!claim && ourClaim) {
    pins.push({ path: [...base, "enabled"], value: false, note: "engine.statefulSet.persistentVolumeClaim.enabled pinned to false: no volume claim template was deployed, and one cannot be added in place." });
  }
  if (claim && !deepEqual(claim, ourClaim)) {
    const claimSpec = table(claim.spec);
    const storage = getIn(claimSpec, ["resources", "requests", "storage"]);
    const setting: Table = { enabled: true, accessModes: claimSpec.accessModes, resources: { requests: { storage } } };
    if (claimSpec.storageClassName !== undefined) setting.storageClassName = claimSpec.storageClassName;
    pins.push({
      path: base,
      value: setting,
      comment: ` The volume claim template ${chartTitle(upstream)} deployed (${String(storage)}); it cannot change in place.`,
      note: `engine.statefulSet.persistentVolumeClaim pinned to the deployed claim template (enabled, ${String(storage)}): our defaults (off, 10Gi) would change it, which the API server refuses.`,
    });
  }
  const retention = spec.persistentVolumeClaimRetentionPolicy;
  if (claim && retention && !deepEqual(retention, ours.persistentVolumeClaimRetentionPolicy)) {
    pins.push({
      path: ["engine", "statefulSet", "persistentVolumeClaimRetentionPolicy"],
      value: retention,
      comment: ` What happened to the engines' volumes under ${chartTitle(upstream)}; ours defaults to Retain for both.`,
      note: `engine.statefulSet.persistentVolumeClaimRetentionPolicy pinned to ${shown(retention)}, as deployed (ours defaults to Retain).`,
    });
  }
  return pins;
}

function hostPathPins({ upstream, deployed, next, values }: PinInput): Pin[] {
  const before = engineWorkload(deployed);
  const after = engineWorkload(next);
  const pins: Pin[] = [];
  const postfix = values.volumeMountsPostfix ? `-${String(values.volumeMountsPostfix)}` : "";
  for (const which of ["data", "run"] as const) {
    if (which === "data" && dataFromClaim(before)) continue;
    const ran = engineHostPath(before, which);
    const ours = engineHostPath(after, which);
    const key = which === "data" ? "dataVolume" : "runVolume";
    if (ran === undefined) {
      if (ours !== undefined && !(which === "data" && dataFromClaim(after))) {
        pins.push({ path: ["engine", "hostPath", key, "enabled"], value: false, note: `engine.hostPath.${key}.enabled pinned to false: no host directory was mounted for the engine's ${which} directory.` });
      }
      continue;
    }
    if (ran === ours) continue;
    // Our chart appends the postfix to a host path; a deployed path without it cannot be kept.
    if (postfix && !ran.endsWith(postfix)) continue;
    const path = postfix ? ran.slice(0, -postfix.length) : ran;
    const what = which === "data" ? "the engine's cache" : "the engine's socket directory";
    pins.push({
      path: ["engine", "hostPath", key],
      value: { enabled: true, path },
      comment: ` The host directory of ${what} under ${chartTitle(upstream)}${which === "data" ? ": keeps the cache" : ""}.`,
      note: `engine.hostPath.${key}.path pinned to ${path}${postfix ? ` (our chart appends ${postfix})` : ""}, so that ${what} stays in ${ran}, where ${chartTitle(upstream)} kept it (ours would use ${ours ?? "none"}).`,
    });
  }
  return pins;
}

/** Every pin the migration writes, in the order they are applied. */
export function migrationPins(input: PinInput): Pin[] {
  return [...imagePins(input), ...readinessPins(input), ...statefulSetPins(input), ...hostPathPins(input)];
}
