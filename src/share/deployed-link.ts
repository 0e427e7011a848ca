// The share link in upgrade mode: it carries what runs (the baseline the changes tab compares
// with) when that fits the link's budget and holds no secret; otherwise the link carries the
// settings alone, and says why the baseline is not in it.
import { DeployedInputError, readDeployed } from "../upgrade/deployed-input";
import type { Table } from "../values/tree";
import { holdsSecret } from "../wizard/secret-values";
import { secretOf } from "../wizard/secrets";
import { shareLinkFor } from "../wizard/share-state";
import type { WizardTextState } from "../wizard/text-state";
import type { SharedDeployed, ShareLinkResult } from "./share-link";

export type DeployedInLink = { carried: true } | { carried: false; reason: string };

/** Why what runs must stay out of any link (it holds a token), or undefined. */
function secretReason(deployed: SharedDeployed, userSecret: string | undefined): string | undefined {
  if (userSecret !== undefined && holdsSecret(deployed.text, userSecret)) return "it holds your magicache token, and a link never does";
  try {
    const read = readDeployed(deployed.text, deployed.name);
    if (read.type === "values" && secretOf(read.values) !== undefined) return "it holds a magicache token (magicache.token), and a link never does";
    if (read.type === "manifest" && read.objects.some((object) => object.kind === "Secret")) return "it holds a Secret (the magicache token, base64), and a link never does";
    return undefined;
  } catch (error) {
    if (error instanceof DeployedInputError) return "it cannot be read, so it cannot be checked for a token";
    throw error;
  }
}

/** The link for the settings, with what runs when it can be; `deployed` says whether it is in. */
export function shareLinkWithDeployed(release: WizardTextState["release"], userValues: Table, deployed: SharedDeployed | undefined): { link: ShareLinkResult; deployed?: DeployedInLink } {
  const alone = shareLinkFor(release, userValues);
  if (!deployed) return { link: alone };
  const secret = secretReason(deployed, secretOf(userValues));
  if (secret) return { link: alone, deployed: { carried: false, reason: secret } };
  const both = shareLinkFor(release, userValues, deployed);
  if (both.ok) return { link: both, deployed: { carried: true } };
  return { link: alone, deployed: { carried: false, reason: `with it, ${both.reason.replace(/\. Share the values\.yaml file instead$/, "")}` } };
}
