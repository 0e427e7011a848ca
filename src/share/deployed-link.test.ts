import { describe, expect, it } from "vitest";
import { MAX_SHARE_LINK_CHARS, decodeShareLink } from "./share-link";
import { shareLinkWithDeployed } from "./deployed-link";

const RELEASE = { name: "dagger", namespace: "build" };
const VALUES = { engine: { kind: "StatefulSet" } };
const DEPLOYED = { text: "engine:\n  kind: StatefulSet\n  statefulSet:\n    persistentVolumeClaim:\n      enabled: true\n", name: "deployed.yaml" };

/** Text that does not compress: a link with it cannot stay within the budget. */
function noise(chars: number): string {
  let seed = 7;
  let out = "";
  while (out.length < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += seed.toString(36);
  }
  return out.slice(0, chars);
}

describe("shareLinkWithDeployed", () => {
  it("carries what runs when it fits, and the link opens in upgrade mode", () => {
    const made = shareLinkWithDeployed(RELEASE, VALUES, DEPLOYED);
    expect(made.deployed).toEqual({ carried: true });
    if (!made.link.ok) throw new Error(made.link.reason);
    const opened = decodeShareLink(made.link.hash);
    expect(opened).toMatchObject({ ok: true, deployed: DEPLOYED, state: { release: RELEASE } });
  });

  it("leaves it out and says so when the link would pass the budget", () => {
    const big = { text: `engine:\n  kind: StatefulSet\nfullnameOverride: x\nlabels:\n  note: "${noise(40_000)}"\n`, name: "deployed.yaml" };
    const made = shareLinkWithDeployed(RELEASE, VALUES, big);
    expect(made.deployed).toMatchObject({ carried: false });
    expect(made.deployed?.carried === false && made.deployed.reason).toContain(`more than the ${MAX_SHARE_LINK_CHARS.toLocaleString("en")} a link may have`);
    if (!made.link.ok) throw new Error(made.link.reason);
    const opened = decodeShareLink(made.link.hash);
    expect(opened.ok && opened.deployed).toBe(undefined);
  });

  it("never carries a token: the deployed values' own, or the user's", () => {
    const withToken = { text: "magicache:\n  enabled: true\n  token: deployed-secret-123456\n", name: "deployed.yaml" };
    expect(shareLinkWithDeployed(RELEASE, VALUES, withToken).deployed).toEqual({ carried: false, reason: "it holds a magicache token (magicache.token), and a link never does" });
    const user = { magicache: { enabled: true, token: "user-secret-abcdef" } };
    const holding = { text: "labels:\n  copied: user-secret-abcdef\n", name: "deployed.yaml" };
    const made = shareLinkWithDeployed(RELEASE, user, holding);
    expect(made.deployed).toEqual({ carried: false, reason: "it holds your magicache token, and a link never does" });
    expect(made.link.ok && made.link.hash).toBeTruthy();
  });

  it("leaves a manifest with a Secret out", () => {
    const manifest = { text: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\ndata:\n  token: c2VjcmV0\n", name: "manifest.yaml" };
    expect(shareLinkWithDeployed(RELEASE, VALUES, manifest).deployed).toMatchObject({ carried: false, reason: expect.stringContaining("a Secret") });
  });
});
