// Which diff a changes view shows: the values or the manifests (the defaults' view and upgrade
// mode's). One diff editor at a time: two cost every keystroke twice.
import { SegmentedControl } from "@mantine/core";

export type TDiffShown = "values" | "manifests";

const DIFFS = [
  { value: "values", label: "values" },
  { value: "manifests", label: "manifests" },
];

export function DiffChoice({ value, onChange }: { value: TDiffShown; onChange: (diff: TDiffShown) => void }) {
  return <SegmentedControl size="xs" value={value} onChange={(next) => onChange(next as TDiffShown)} data={DIFFS} aria-label="Diff of" />;
}
