// The Connect step's entry: how CI jobs reach the engine that a set of values installs.
export { connectionMethods, type ConnectInfo, type ConnectMethod, type ConnectMethodId, type ConnectOptions, type Snippet } from "./methods";
export { connectContext, engineEndpoints, type ConnectRelease, type EngineEndpoints, type EngineSocket, type EngineTcp } from "./endpoints";
export { clientAccountProblem, clientRbac, type ClientAccount } from "./rbac";
export { notesText, RUNNER_HOST } from "./notes";
