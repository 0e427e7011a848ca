// GitOps exports of the wizard's release: a Flux HelmRepository and HelmRelease, an Argo CD
// Application. Loaded lazily by the wizard (they are needed only when a user exports them).
export { fluxFile, FLUX_FILE } from "./flux";
export { argoCdFile, ARGO_CD_FILE, ARGO_CD_NAMESPACE } from "./argo-cd";
export type { GitOpsTarget } from "./documents";
