// A values.yaml of about the given size for the wizard's bench, as a large real file looks:
// comments, a long engine.env list and many labels. nameOverride stands on line 2, so that the
// values editor shows it without scrolling, and every key is one the chart knows.
export function benchValuesText(kilobytes: number): string {
  const target = kilobytes * 1024;
  const head = ["# a large values.yaml, made for the bench", "nameOverride: dagger", "engine:", "  # the engine's environment", "  env:"];
  const env: string[] = [];
  const labels: string[] = ["  labels:"];
  let size = head.join("\n").length + labels[0]!.length;
  for (let index = 0; size < target * 0.7; index++) {
    const entry = `    # variable ${index}\n    - name: VAR_${index}\n      value: "value number ${index} for the engine"`;
    env.push(entry);
    size += entry.length + 1;
  }
  for (let index = 0; size < target; index++) {
    const label = `    team.example.com/label-${index}: "platform-${index}"`;
    labels.push(label);
    size += label.length + 1;
  }
  return `${[...head, ...env, ...labels].join("\n")}\n`;
}
