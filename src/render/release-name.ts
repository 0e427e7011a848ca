// Helm's release-name rule, apart from the templates: the wizard's first step checks a name
// before the rendering core has loaded.

export const RELEASE_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Helm's own check of a release name (pkg/chartutil ValidateReleaseName); undefined when fine. */
export function releaseNameProblem(name: string): string | undefined {
  if (!name) return "release name: must not be empty";
  if (name.length > 53) return `release name: "${name}" is ${name.length} characters; Helm allows at most 53`;
  if (!RELEASE_NAME_PATTERN.test(name)) {
    return `release name: "${name}" must be lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`;
  }
  return undefined;
}
