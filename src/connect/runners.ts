// The runner side of the unix socket: the engine's run directory on the node, mounted into CI
// jobs by GitLab's Kubernetes executor (config.toml) or Actions Runner Controller (the
// gha-runner-scale-set chart's template). The mount path in the job is the engine's own, so
// _EXPERIMENTAL_DAGGER_RUNNER_HOST reads the same inside the job as inside the engine.
import type { KubeObject } from "../render/context";
import type { EngineSocket } from "./endpoints";
import { RUNNER_HOST } from "./notes";

/** The name of the socket volume in the job's pod. */
export const SOCKET_VOLUME = "dagger-engine-socket";

/** A TOML basic string: JSON's escapes are TOML's, except that TOML escapes DEL too. */
function tomlString(text: string): string {
  return JSON.stringify(text).replaceAll("\x7f", "\\u007F");
}

/** A config.toml block for a GitLab runner with the Kubernetes executor. */
export function gitlabRunnerToml(socket: EngineSocket): string {
  return [
    "[[runners]]",
    `  environment = [${tomlString(`${RUNNER_HOST}=${socket.url}`)}]`,
    "  [runners.kubernetes]",
    "    # The engine's socket belongs to root.",
    "    [runners.kubernetes.pod_security_context]",
    "      run_as_non_root = false",
    "      run_as_user = 0",
    "    [[runners.kubernetes.volumes.host_path]]",
    `      name = ${tomlString(SOCKET_VOLUME)}`,
    `      mount_path = ${tomlString(socket.containerDir)}`,
    `      host_path = ${tomlString(socket.hostDir)}`,
    "",
  ].join("\n");
}

/** The job container's environment, volume mount and the pod's volume: the parts every runner needs. */
export function socketPodParts(socket: EngineSocket) {
  return {
    env: [{ name: RUNNER_HOST, value: socket.url }],
    volumeMount: { name: SOCKET_VOLUME, mountPath: socket.containerDir },
    volume: { name: SOCKET_VOLUME, hostPath: { path: socket.hostDir, type: "Directory" } },
  };
}

/**
 * Values for the gha-runner-scale-set chart: its `template` is the runner pod's template. The
 * runner image runs as the user runner (1001); the socket needs root, which the runner accepts
 * with RUNNER_ALLOW_RUNASROOT.
 */
export function arcRunnerTemplate(socket: EngineSocket): KubeObject {
  const parts = socketPodParts(socket);
  return {
    template: {
      spec: {
        containers: [
          {
            name: "runner",
            image: "ghcr.io/actions/actions-runner:latest",
            command: ["/home/runner/run.sh"],
            securityContext: { runAsUser: 0 },
            env: [...parts.env, { name: "RUNNER_ALLOW_RUNASROOT", value: "1" }],
            volumeMounts: [parts.volumeMount],
          },
        ],
        volumes: [parts.volume],
      },
    },
  };
}
