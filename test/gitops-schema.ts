// Checks the GitOps exports as the API server would, with the model packages of their kinds
// (@kubernetes-models/flux-cd and argo-cd carry the CRDs' OpenAPI schemas), as
// test/kubernetes-schema.ts does for the chart's own kinds.
import { Application } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1";
import { HelmRelease } from "@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2";
import { HelmRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";
import { Namespace } from "kubernetes-models/v1";
import { parseAllYaml11 } from "../src/yaml/yaml11";

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: never) => Validatable;

export const GITOPS_KINDS: Record<string, ModelClass> = {
  "v1/Namespace": Namespace,
  "source.toolkit.fluxcd.io/v1/HelmRepository": HelmRepository,
  "helm.toolkit.fluxcd.io/v2/HelmRelease": HelmRelease,
  "argoproj.io/v1alpha1/Application": Application,
};

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Throws with what is wrong with an exported object: its kind's schema, or its name. */
export function validateGitOpsObject(object: Record<string, unknown>): void {
  const key = `${String(object.apiVersion)}/${String(object.kind)}`;
  const Model = GITOPS_KINDS[key];
  if (!Model) throw new Error(`${key}: not a kind the GitOps exports write`);
  new Model(object as never).validate();
  const name = String((object.metadata as { name?: unknown } | undefined)?.name ?? "");
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253) throw new Error(`${key}: metadata.name ${JSON.stringify(name)} is not a DNS subdomain`);
}

/** The documents of an exported file, read as Kubernetes reads them (YAML 1.1, no duplicated keys). */
export function parseExportedFile(text: string): Record<string, unknown>[] {
  return parseAllYaml11(text).map((document) => {
    if (document.errors.length) throw new Error(document.errors.map((error) => error.message).join("\n"));
    return document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  });
}
