// monaco-yaml's language worker, re-exported from a file of our own so that Vite bundles it as a
// worker entry (importing the package's file with ?worker directly breaks in Vite: see
// monaco-yaml's README, "Why doesn't it work with Vite?").
import "monaco-yaml/yaml.worker.js";
