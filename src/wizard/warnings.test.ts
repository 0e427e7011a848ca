import { describe, expect, it } from "vitest";
import { defaultValues, type TValues } from "../index";
import { engineListeningPorts, valuesWarnings } from "./warnings";

function values(change: (values: TValues) => void): TValues {
  const copy = structuredClone(defaultValues());
  change(copy);
  return copy;
}

const paths = (v: TValues) => valuesWarnings(v).map((warning) => warning.path);
/** The defaults with the discovery Service pointed at a port the engine listens on. */
const quiet = (change: (values: TValues) => void = () => {}) =>
  values((v) => {
    v.engine.port = 8080;
    change(v);
  });

describe("valuesWarnings", () => {
  it("warns of a toleration without a key unless its operator is Exists, as the API server refuses it", () => {
    expect(paths(quiet((v) => (v.engine.tolerations = [{ key: "gpu", value: "true" }, {}, { operator: "Exists" }])))).toEqual(["engine.tolerations[1].key"]);
    expect(paths(quiet((v) => (v.engine.tolerations = [{ operator: "Equal", value: "x" }])))).toEqual(["engine.tolerations[0].key"]);
  });

  it("carries engine.json's warnings: the default GC on a volume it does not fit, keys the engine refuses", () => {
    const small = quiet((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.persistentVolumeClaim.enabled = true;
      v.engine.statefulSet.persistentVolumeClaim.resources.requests.storage = "1Gi";
    });
    expect(paths(small)).toEqual(["engine.statefulSet.persistentVolumeClaim.resources.requests.storage"]);
    expect(valuesWarnings(small)[0].message).toMatch(/\(0 \+ 1\) × 1 GB = 1 GB/);
    const old = quiet((v) => {
      v.engine.image.ref = "registry.dagger.io/engine:v0.18.16";
      v.engine.configJson = '{"registries": {"docker.io": {"mirrors": ["mirror.gcr.io"]}}}';
    });
    expect(paths(old)).toEqual(["engine.configJson.registries"]);
  });

  it("says nothing about the defaults once the engine listens on the discovery port", () => {
    expect(valuesWarnings(quiet())).toEqual([]);
  });

  it("warns that the cache is lost when no PVC and no host path hold it", () => {
    const daemonSet = quiet((v) => (v.engine.hostPath.dataVolume.enabled = false));
    expect(paths(daemonSet)).toEqual(["engine.hostPath.dataVolume.enabled"]);
    expect(valuesWarnings(daemonSet)[0].message).toMatch(/emptyDir.*lost/);

    const statefulSet = quiet((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.persistentVolumeClaim.enabled = false;
      v.engine.hostPath.dataVolume.enabled = false;
    });
    expect(paths(statefulSet)).toEqual(["engine.hostPath.dataVolume.enabled"]);
    expect(valuesWarnings(statefulSet)[0].message).toMatch(/PersistentVolumeClaim/);
  });

  it("does not warn about an emptyDir when the StatefulSet's claim holds the data", () => {
    const v = quiet((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.persistentVolumeClaim.enabled = true;
      v.engine.hostPath.dataVolume.enabled = false;
    });
    expect(valuesWarnings(v)).toEqual([]);
  });

  it("warns about several replicas on one data host path", () => {
    const v = quiet((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.replicas = 3;
      v.engine.statefulSet.persistentVolumeClaim.enabled = false;
      v.engine.hostPath.runVolume.enabled = false;
    });
    expect(paths(v)).toEqual(["engine.statefulSet.replicas"]);
    expect(valuesWarnings(v)[0].message).toMatch(/^3 engines/);
  });

  it("warns about several replicas sharing the run host path, but not one replica or a DaemonSet", () => {
    const many = quiet((v) => {
      v.engine.kind = "StatefulSet";
      v.engine.statefulSet.replicas = 2;
      v.engine.statefulSet.persistentVolumeClaim.enabled = true;
    });
    expect(paths(many)).toEqual(["engine.hostPath.runVolume.enabled"]);
    expect(paths(quiet((v) => (v.engine.kind = "StatefulSet")))).toEqual([]);
    // statefulSet.replicas means nothing to a DaemonSet.
    expect(paths(quiet((v) => (v.engine.statefulSet.replicas = 5)))).toEqual([]);
  });

  it("has no warning for the untouched defaults (the discovery Service only finds the pods by DNS)", () => {
    expect(valuesWarnings(defaultValues())).toEqual([]);
    expect(valuesWarnings(values((v) => (v.engine.kind = "StatefulSet")))).toEqual([]);
  });

  it("warns, naming the Service, when the engine listens on TCP but not on the discovery Service's port", () => {
    const otherPort = valuesWarnings(quiet((v) => (v.engine.port = 1234)));
    expect(otherPort.map((w) => w.path)).toEqual(["additionalResources.service.port"]);
    expect(otherPort[0].message).toMatch(/discovery Service "dagger-engine-service" forwards port 8080, but the engine listens on 1234/);
    expect(otherPort[0].message).toMatch(/connections to "dagger-engine-service" on port 8080 fail.*set additionalResources.service.port to 1234/i);
    const renamed = valuesWarnings(quiet((v) => ((v.engine.port = 1234), (v.additionalResources.service.name = "engines"))));
    expect(renamed[0].message).toContain('"engines"');

    const containerPorts = quiet((v) => {
      v.engine.port = null;
      v.engine.containerPorts = [{ name: "dagger", containerPort: 8080 }];
    });
    expect(valuesWarnings(containerPorts)).toEqual([]);
    expect(paths(values((v) => (v.additionalResources.service.create = false)))).toEqual([]);
  });

  it("flags a broad Role grant only when the Role is created", () => {
    expect(paths(quiet((v) => (v.additionalResources.role.rules = [{ verbs: ["*"], resources: ["*"] }])))).toEqual([]);
    const broad = quiet((v) => {
      v.engine.newServiceAccount.create = true;
      v.additionalResources.role.create = true;
      v.additionalResources.role.rules = [
        { apiGroups: [""], resources: ["pods"], verbs: ["get"] },
        { apiGroups: [""], resources: ["*"], verbs: ["*"] },
      ];
    });
    expect(paths(broad)).toEqual(["additionalResources.role.rules[1].verbs", "additionalResources.role.rules[1].resources"]);
  });

  it("flags a RoleBinding to the default service account", () => {
    const bound = (change: (v: TValues) => void) =>
      paths(
        quiet((v) => {
          v.additionalResources.role.create = true;
          v.additionalResources.role.rules = [{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }];
          v.additionalResources.roleBinding.create = true;
          change(v);
        }),
      );
    expect(bound(() => {})).toEqual(["additionalResources.roleBinding.create"]);
    expect(bound((v) => (v.engine.existingServiceAccount.name = "default"))).toEqual(["additionalResources.roleBinding.create"]);
    expect(bound((v) => (v.engine.existingServiceAccount.name = "runner"))).toEqual([]);
    expect(bound((v) => (v.engine.newServiceAccount.create = true))).toEqual([]);
  });
});

describe("engineListeningPorts", () => {
  it("prefers containerPorts over engine.port, as the pod template does", () => {
    expect(engineListeningPorts(defaultValues())).toEqual([]);
    expect(engineListeningPorts(values((v) => (v.engine.port = 1234)))).toEqual([1234]);
    const both = values((v) => {
      v.engine.port = 1234;
      v.engine.containerPorts = [{ name: "a", containerPort: 1 }, { name: "b", containerPort: 2 }];
    });
    expect(engineListeningPorts(both)).toEqual([1, 2]);
  });
});

describe("engine warnings", () => {
  const engineWarningPaths = (change: (v: TValues) => void) => paths(quiet(change));

  it("warns that engines since v0.18.17 ignore magicache, and not for older ones", () => {
    const on = (ref: string) => (v: TValues) => {
      v.magicache.enabled = true;
      v.magicache.secretName = "s";
      v.engine.image.ref = ref;
    };
    expect(engineWarningPaths(on(""))).toEqual(["magicache.enabled"]);
    expect(valuesWarnings(quiet(on("")))[0].message).toMatch(/v0\.18\.17/);
    expect(engineWarningPaths(on("registry.dagger.io/engine:v0.18.16"))).toEqual([]);
  });

  it("warns about an image tag that names no release", () => {
    expect(engineWarningPaths((v) => (v.engine.image.ref = "registry.dagger.io/engine:latest"))).toEqual(["engine.image.ref"]);
    expect(engineWarningPaths((v) => (v.engine.image.tag = "main"))).toEqual(["engine.image.tag"]);
    expect(engineWarningPaths((v) => (v.engine.image.ref = "registry.dagger.io/engine:v0.21.8"))).toEqual([]);
  });

  it("says that a template in volumeMountsPostfix is taken literally", () => {
    expect(engineWarningPaths((v) => (v.volumeMountsPostfix = "{{ .Values.uuid }}"))).toEqual(["volumeMountsPostfix"]);
    expect(engineWarningPaths((v) => (v.volumeMountsPostfix = "agent-1"))).toEqual([]);
  });

  it("does not call the cache an emptyDir when the user brings a volume named data", () => {
    const own = engineWarningPaths((v) => {
      v.engine.hostPath.dataVolume.enabled = false;
      v.engine.volumes = [{ name: "data", persistentVolumeClaim: { claimName: "cache" } }];
    });
    expect(own).toEqual([]);
  });
});
