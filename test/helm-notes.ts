// The NOTES Helm prints after an install, obtained without a cluster.
//
// `helm template` never renders templates/NOTES.txt. Helm 4's `install --dry-run=client` does,
// offline; Helm 3's (3.17) first asks the API server for its version and fails without one. So for
// Helm 3 we render the same text through `tpl` in a copy of the chart: a ConfigMap template whose
// data is `tpl` of NOTES.txt, with the same values, release and helpers. notes.test.ts checks that
// this route gives exactly the real NOTES with Helm 4, so it can stand in for Helm 3's.
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isKind } from "../src/render/chart-objects";
import { CHART_DIR, helm, parseManifests, testTmpDir, valuesFile, type HelmMajor, type TemplateOptions } from "./helm";

export type NotesRoute = "install" | "tpl";

export interface NotesResult {
  ok: boolean;
  notes: string;
  stderr: string;
}

/** The rendered NOTES.txt; `route` defaults to a real dry-run install where Helm allows it offline. */
export async function helmNotes(major: HelmMajor, values: unknown, options: TemplateOptions, route: NotesRoute = major === 4 ? "install" : "tpl"): Promise<NotesResult> {
  const file = valuesFile(values);
  if (route === "install") {
    const result = await helm(major, ["install", options.releaseName, CHART_DIR, "-n", options.namespace, "-f", file, "--dry-run=client", "-o", "json"]);
    if (!result.ok) return { ok: false, notes: "", stderr: result.stderr };
    const release = JSON.parse(result.stdout) as { info: { notes?: string } };
    return { ok: true, notes: release.info.notes ?? "", stderr: result.stderr };
  }
  const args = ["template", options.releaseName, notesChart(), "-n", options.namespace, "-f", file, "--show-only", `templates/${NOTES_TEMPLATE}`];
  const result = await helm(major, args);
  if (!result.ok) return { ok: false, notes: "", stderr: result.stderr };
  const notesMap = parseManifests(result.stdout)[0]?.object;
  if (!notesMap || !isKind(notesMap, "ConfigMap")) throw new Error(`helm rendered no notes ConfigMap:\n${result.stdout}`);
  return { ok: true, notes: notesMap.data?.notes ?? "", stderr: result.stderr };
}

const NOTES_TEMPLATE = "zz-notes.yaml";
let copy: string | undefined;

/** A copy of the chart with NOTES.txt also readable as a file and a template that renders it. */
function notesChart(): string {
  if (copy) return copy;
  const dir = testTmpDir("notes-");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const chart = join(dir, "dagger-helm");
  cpSync(CHART_DIR, chart, { recursive: true });
  cpSync(join(chart, "templates", "NOTES.txt"), join(chart, "notes-source.txt"));
  const template = [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: notes",
    "data:",
    '  notes: {{ tpl (.Files.Get "notes-source.txt") . | toJson }}',
    "",
  ].join("\n");
  writeFileSync(join(chart, "templates", NOTES_TEMPLATE), template);
  copy = chart;
  return chart;
}
