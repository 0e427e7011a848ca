import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * The random comparison with real Helm (about half of the run's time) starts first: started late,
 * as Vitest's order by size puts it on a fresh clone, it runs alone at the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (file: TestSpecification) => (file.moduleId.endsWith("/src/render/parity.test.ts") ? 0 : 1);
    return sorted.sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.{ts,tsx}"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one file at a time on two cores (the CPUs less one). Most files use one
    // core and the Helm comparisons wait on Helm's processes: two at a time take ~1/4 off the run.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
  },
});
