#!/usr/bin/env node
// The dagger-helm CLI. The core is TypeScript; tsx runs it without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
main();
