// Which diff a changes view shows: the values or the manifests (the defaults' view and upgrade
// mode's). One diff editor at a time: two cost every keystroke twice.
import { SegmentedControl } from "@mantine/core";
import { memo } from "react";

export type TDiffShown = "values" | "manifests";

const DIFFS = [
  { value: "values", label: "values" },
  { value: "manifests", label: "manifests" },
];

/** Memoized: both changes views render on every keystroke, and the choice changes only when the user makes it. */
export const DiffChoice = memo(function DiffChoice({ value, onChange }: { value: TDiffShown; onChange: (diff: TDiffShown) => void }) {
  return <SegmentedControl size="xs" value={value} onChange={(next) => onChange(next as TDiffShown)} data={DIFFS} aria-label="Diff of" />;
});
