// dagger-helm upgrade-check --deployed deployed.yaml -f values.yaml: what `helm upgrade` from the
// deployed release to these values does to the engines, as a report (or JSON) on standard output;
// the exit code says how it goes (0 in place, 2 refused, 3 replaced or cache lost, 1 bad input).
import { upgradeCheck, type UpgradeCheck } from "../upgrade/check";
import { upgradeHeadline, upgradeReport } from "../upgrade/report";
import type { CliIO } from "./main";
import { InputError, readInputText, readValueFiles } from "./read-values";

export interface UpgradeCheckOptions {
  deployed: string | undefined;
  files: string[];
  release: string | undefined;
  namespace: string | undefined;
  from: string | undefined;
  chart: string | undefined;
  json: boolean;
}

/** The check as JSON: the verdicts, the values and rendered differences, without the objects themselves. */
function checkJson(check: UpgradeCheck): string {
  const { release, namespace, baseline, verdicts, valueChanges, exitCode } = check;
  const { detection: _detection, ...about } = baseline;
  const diff = check.diff.map(({ object: _object, ...resource }) => resource);
  return `${JSON.stringify({ release, namespace, baseline: about, exitCode, headline: upgradeHeadline(check), verdicts, valueChanges, diff }, null, 2)}\n`;
}

/** Runs `upgrade-check`; bad input is thrown for the CLI to print. */
export function runUpgradeCheck(options: UpgradeCheckOptions, io: CliIO): number {
  if (!options.deployed) {
    throw new InputError("upgrade-check needs --deployed <file>: the output of `helm get manifest <release>` or of `helm get values <release> -o yaml`");
  }
  if (!options.files.length) throw new InputError("upgrade-check needs the values to upgrade to: -f values.yaml (later files win, as with helm)");
  if (options.deployed === "-" && options.files.includes("-")) throw new InputError("only one of --deployed and -f can read standard input");
  const deployedText = readInputText(options.deployed, io.readStdin, "the deployed release").text;
  const values = readValueFiles(options.files, io.readStdin, (text) => io.stderr(`note: ${text}\n`));
  const check = upgradeCheck({
    deployedText,
    deployedName: options.deployed === "-" ? "<stdin>" : options.deployed,
    values,
    release: options.release,
    namespace: options.namespace,
    from: options.from,
    chart: options.chart,
    valuesFiles: options.files.map((file) => (file === "-" ? "values.yaml" : file)),
  });
  io.stdout(options.json ? checkJson(check) : upgradeReport(check));
  return check.exitCode;
}
