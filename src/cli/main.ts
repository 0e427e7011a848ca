// The command-line interface on the rendering core:
//   dagger-helm render -f values.yaml [-f more.yaml] [--release NAME] [--namespace NS]
//   dagger-helm values -f values.yaml
//   dagger-helm migrate --from vendor@0.20.6 -f values.yaml
//   dagger-helm upgrade-check --deployed deployed.yaml -f values.yaml [--json]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderManifests } from "../render/index";
import { manifestsText } from "../render/manifest-text";
import { minimalValuesText } from "../values/minimal";
import { ValuesError } from "../values/validate";
import { validateValues } from "../render/validate";
import { runMigrate } from "./migrate-command";
import { InputError, readValueFiles } from "./read-values";
import { runUpgradeCheck } from "./upgrade-check-command";

const USAGE = `Usage:
  dagger-helm render -f values.yaml [-f more.yaml ...] [--release NAME] [--namespace NS]
      prints what \`helm template NAME chart/dagger-helm -n NS -f values.yaml\` prints
  dagger-helm values -f values.yaml [-f more.yaml ...]
      prints the minimal values.yaml: only what differs from the chart's defaults
  dagger-helm migrate --from vendor@VERSION|fork@VERSION -f values.yaml [--release NAME] [--namespace NS]
      prints the values.yaml for this chart of a release installed with dagger's chart (vendor)
      or the kubiya fork at VERSION, keeping its comments and what it runs; on standard error,
      what the upgrade changes. Exit 0: helm upgrade goes through in place; 2: the API server
      refuses it (the report names the field); 3: it goes through, but a workload is replaced
      or the cache starts empty
  dagger-helm upgrade-check --deployed deployed.yaml -f values.yaml [--release NAME] [--namespace NS] [--json]
      what \`helm upgrade\` from the deployed release to these values does to the engines: each
      change the API server refuses (with the way through), replaced workloads, lost cache,
      restarts, the engine version, lists server-side apply refuses. deployed.yaml is the output
      of \`helm get manifest NAME\` or \`helm get values NAME -o yaml\` (of this chart or of the one
      it succeeds; --from says which when the keys do not). Exit 0: in place; 2: refused;
      3: a workload is replaced or the cache starts empty; 1: bad input

  -f, --values FILE   a values file; "-" reads standard input; later files win
  -r, --release NAME  release name (default "release-name", as helm template; upgrade-check
                      reads it from a deployed manifest)
  -n, --namespace NS  namespace (default "default"; upgrade-check reads it from a deployed manifest)
      --from CHART@VERSION  (migrate, upgrade-check) the chart the values were written for:
                            vendor@0.20.6, fork@0.4.1; for upgrade-check also "this"
      --deployed FILE       (upgrade-check) what runs: helm get manifest or helm get values output
      --chart REF           (upgrade-check) the chart in the printed helm upgrade commands
                            (default ./chart/dagger-helm)
      --json                (upgrade-check) the verdicts as JSON on standard output`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string | Uint8Array;
}

/** Runs the CLI; returns the exit code. */
export function runCli(argv: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        values: { type: "string", short: "f", multiple: true, default: [] },
        release: { type: "string", short: "r" },
        namespace: { type: "string", short: "n" },
        from: { type: "string" },
        deployed: { type: "string" },
        chart: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  if (!["render", "values", "migrate", "upgrade-check"].includes(command) || extra.length) {
    io.stderr(`unknown command: ${[command, ...extra].join(" ")}\n\n${USAGE}\n`);
    return 2;
  }
  const release = parsed.values.release ?? "release-name";
  // As helm template: an empty namespace is the default one.
  const namespace = parsed.values.namespace || "default";
  try {
    const files = parsed.values.values;
    if (command === "migrate") {
      return runMigrate({ from: parsed.values.from, files, release, namespace }, io);
    }
    if (command === "upgrade-check") {
      const { deployed, from, chart, json } = parsed.values;
      return runUpgradeCheck({ deployed, files, release: parsed.values.release || undefined, namespace: parsed.values.namespace || undefined, from, chart, json: Boolean(json) }, io);
    }
    const values = readValueFiles(files, io.readStdin, (text) => io.stderr(`note: ${text}\n`));
    if (command === "render") {
      io.stdout(manifestsText(renderManifests(values, { releaseName: release, namespace })));
    } else {
      const { problems } = validateValues(values);
      if (problems.length) throw new ValuesError(problems);
      io.stdout(minimalValuesText(values));
    }
    return 0;
  } catch (error) {
    if (error instanceof ValuesError) {
      const files = parsed.values.values.map((file) => (file === "-" ? "<stdin>" : file)).join(", ");
      io.stderr(`values refused by the chart (${files || "defaults"}):\n${error.problems.map((p) => `  - ${p.message}`).join("\n")}\n`);
      return 1;
    }
    if (error instanceof InputError || error instanceof Error) {
      io.stderr(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

export function main(): void {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
  });
}
