import { SimpleGrid } from "@mantine/core";
import type { ReactNode } from "react";

// Container queries, not media queries: the form is a column beside the preview at any window
// width, so its grids follow the column's own width.
const BREAKPOINTS = {
  2: { base: 1, "400px": 2 },
  3: { base: 1, "400px": 2, "640px": 3 },
  4: { base: 1, "400px": 2, "760px": 4 },
  5: { base: 2, "420px": 3, "640px": 5 },
} as const;

export function FieldGrid({ cols = 2, spacing, children }: { cols?: keyof typeof BREAKPOINTS; spacing?: "md" | "lg"; children: ReactNode }) {
  return (
    <SimpleGrid type="container" cols={BREAKPOINTS[cols]} spacing={spacing ?? "md"} verticalSpacing="md">
      {children}
    </SimpleGrid>
  );
}
