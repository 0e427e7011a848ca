// The share link: the wizard's non-default state in the URL hash, as `#v1=<lz-string>`. The
// payload is the release and minimalValues (what differs from the defaults, keys shortened by
// key-codes.ts), never a secret.
// decodeShareLink reads text that anyone may have edited, cut short or crafted, so it never
// throws and never works without bound: every way a link can be broken ends in
// { ok: false, message } that says what is wrong with it.
import "../values/zod-setup";
import LZString from "lz-string";
import { z } from "zod";
import { minimalValues } from "../values/minimal";
import { ZValues } from "../values/schema";
import { coalesceValues } from "../values/coalesce";
import { defaultValues } from "../values/defaults";
import { MAX_IMPORT_BYTES } from "../import/import-values";
import { isTable, type Table } from "../values/tree";
import { holdsSecret, secretsRemoved, withoutSecrets } from "../wizard/secret-values";
import { secretOf } from "../wizard/secrets";
import { userValuesOf, valuesFrom, type WizardState } from "../wizard/state";
import { decompressBounded } from "./bounded-decompress";
import { decodeKeys, encodeKeys, KeyCodeError } from "./key-codes";

/** The hash prefix of the current link format; bump the number when the payload changes. */
export const SHARE_PREFIX = "v1=";

/**
 * No link this wizard makes is longer (shareLink refuses to make one), so a longer one was made
 * by hand. The maximal configuration's link is about 1,750 characters (share-link.test.ts holds
 * this at ten times that or more): the margin is for long free texts such as engine.config.
 */
export const MAX_SHARE_LINK_CHARS = 32_000;
/** A link's data is never larger than a values file the wizard would import. */
const MAX_LINK_DATA_CHARS = MAX_IMPORT_BYTES;

/** The payload, with short keys because every character counts in a URL. */
const ZPayload = z.strictObject({
  /** Release name. */
  n: z.string().max(1000),
  /** Namespace. */
  s: z.string().max(1000),
  /** minimalValues of the chart values. */
  v: z.record(z.string(), z.unknown()),
  /** Upgrade mode's baseline, when it fits: what runs (t, as the user gave it) and its name (n). */
  d: z.strictObject({ t: z.string().max(MAX_LINK_DATA_CHARS), n: z.string().max(1000) }).optional(),
});

export type SharePayload = z.infer<typeof ZPayload>;

/** What runs, as upgrade mode keeps it (src/wizard/upgrade-reading.ts DeployedSource). */
export interface SharedDeployed {
  text: string;
  name: string;
}

export type DecodedShareLink = { ok: true; state: WizardState; deployed?: SharedDeployed } | { ok: false; message: string };

/** The payload of a state: the release and what differs from the defaults, secrets left out. */
export function statePayload(state: WizardState, secret = secretOf(state.values)): SharePayload {
  return {
    n: state.release.name,
    s: state.release.namespace,
    v: minimalValues(userValuesOf(withoutSecrets(state.values, secret))),
  };
}

/** The state a payload restores, or why it cannot (a reason that fits after "it is broken: "). */
export function stateFromPayload(data: unknown): { ok: true; state: WizardState; deployed?: SharedDeployed } | { ok: false; reason: string } {
  const payload = ZPayload.safeParse(data);
  if (!payload.success) {
    const issue = payload.error.issues[0];
    return { ok: false, reason: `its data has the wrong shape at "${issue?.path.join(".") || "(root)"}": ${issue?.message ?? "unknown problem"}` };
  }
  const values = valuesFrom(withoutSecrets(payload.data.v));
  const shape = shapeProblem(values);
  if (shape) return { ok: false, reason: `its values do not fit this chart: ${shape}` };
  const state = { release: { name: payload.data.n, namespace: payload.data.s }, values };
  return payload.data.d ? { ok: true, state, deployed: { text: payload.data.d.t, name: payload.data.d.n } } : { ok: true, state };
}

/**
 * The hash (without '#') that restores this state, secrets left out (the state's own token, or
 * the one its values were taken from: share-state.ts shareLinkFor); `leftOut` names the places
 * other than magicache.token where the token stood. Refused, with the reason, when the token
 * stands inside another value (which cannot be left out without changing it) or the link would
 * be longer than any link opens.
 */
export type ShareLinkResult = { ok: true; hash: string; leftOut: string[] } | { ok: false; reason: string };

export function shareLink(state: WizardState, secret = secretOf(state.values), deployed?: SharedDeployed): ShareLinkResult {
  const payload: SharePayload = { ...statePayload(state, secret), ...(deployed ? { d: { t: deployed.text, n: deployed.name } } : {}) };
  if (!ZPayload.safeParse(payload).success) {
    return { ok: false, reason: `the ${payload.n.length > 1000 ? "release name" : "namespace"} is longer than 1,000 characters, and a link with it would not open` };
  }
  const data = JSON.stringify({ ...payload, v: encodeKeys(payload.v) });
  if (secret !== undefined && holdsSecret(data, secret)) {
    return { ok: false, reason: "your magicache token also stands inside another value (or the release), and a link must never hold it. Take it out of there, or share the values.yaml file instead" };
  }
  if (data.length > MAX_LINK_DATA_CHARS) {
    return { ok: false, reason: `these settings take more than ${(MAX_LINK_DATA_CHARS / 1e6).toLocaleString("en")} MB, more than a link opens. Share the values.yaml file instead` };
  }
  const hash = SHARE_PREFIX + LZString.compressToEncodedURIComponent(data);
  if (hash.length > MAX_SHARE_LINK_CHARS) {
    return { ok: false, reason: `the link would be ${hash.length.toLocaleString("en")} characters long, more than the ${MAX_SHARE_LINK_CHARS.toLocaleString("en")} a link may have. Share the values.yaml file instead` };
  }
  return { ok: true, hash, leftOut: secretsRemoved(state.values, secret).places };
}

/** shareLink's hash; throws with the reason when there is no link for this state. */
export function encodeShareLink(state: WizardState): string {
  const link = shareLink(state);
  if (!link.ok) throw new Error(`no share link: ${link.reason}`);
  return link.hash;
}

/** True when a location hash looks like a share link of any version (so a broken one is reported, not ignored). */
export function isShareHash(hash: string): boolean {
  return /^#?v\d+=/.test(hash);
}

/**
 * The state a share link restores. A link whose values the chart would refuse (a port out of
 * range, a missing token) still opens, so that the form can show the problem where it is; a link
 * whose values have the wrong shape (a list where a map belongs, an unknown key) does not.
 */
export function decodeShareLink(hash: string): DecodedShareLink {
  try {
    return decode(hash.startsWith("#") ? hash.slice(1) : hash);
  } catch (error) {
    // Deeply nested JSON and the like can still break the checks below; a link is never worth a crash.
    return broken(`it could not be read (${error instanceof Error ? error.name : "unknown error"})`);
  }
}

function decode(hash: string): DecodedShareLink {
  const version = /^v(\d+)=/.exec(hash);
  if (!version) return broken("it does not start with #v1=");
  if (version[0] !== SHARE_PREFIX) {
    return broken(`it was made by another version of the wizard (format v${version[1]}; this one reads v1)`);
  }
  const body = hash.slice(SHARE_PREFIX.length);
  if (!body) return broken("it is empty after #v1=");
  if (!/^[A-Za-z0-9+\-$]*$/.test(body)) return broken("it contains characters a share link never has; it may have been edited");
  if (hash.length > MAX_SHARE_LINK_CHARS) {
    return broken(`it is ${hash.length.toLocaleString("en")} characters long, and no link this wizard makes is longer than ${MAX_SHARE_LINK_CHARS.toLocaleString("en")}; it was not opened`);
  }
  const decompressed = decompressBounded(body, MAX_LINK_DATA_CHARS);
  if (!decompressed.ok && decompressed.tooLarge) {
    return broken(`its data would unpack to more than ${(MAX_LINK_DATA_CHARS / 1e6).toLocaleString("en")} MB, more than any values file the wizard imports; it was not opened`);
  }
  const json = decompressed.ok ? decompressed.text : "";
  if (!json) return broken("its data could not be decompressed; it may have been cut short when copied");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return broken("its data is not complete; it may have been cut short when copied");
  }
  if (isTable(data) && "v" in data) {
    try {
      data = { ...data, v: decodeKeys(data.v) };
    } catch (error) {
      if (error instanceof KeyCodeError) return broken(`its data has a key code that this wizard does not know: ${error.message}`);
      throw error;
    }
  }
  const restored = stateFromPayload(data);
  return restored.ok ? restored : broken(restored.reason);
}

/** Zod issues that mean the data is not the chart's values at all, as opposed to a value out of range. */
const SHAPE_ISSUES = new Set(["invalid_type", "unrecognized_keys", "invalid_union", "invalid_key", "invalid_element"]);

function shapeProblem(values: unknown): string | undefined {
  if (!isTable(values)) return "they are not a mapping";
  // Checked as Helm will see them: a null that removes a default is not a wrong type.
  const parsed = ZValues.safeParse(coalesceValues(defaultValues() as Table, values));
  if (parsed.success) return undefined;
  const issue = parsed.error.issues.find((candidate) => SHAPE_ISSUES.has(candidate.code));
  if (!issue) return undefined;
  const where = issue.path.length ? `${issue.path.map(String).join(".")}: ` : "";
  if (issue.code === "unrecognized_keys") return `${where}unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  return `${where}${issue.message}`;
}

function broken(reason: string): DecodedShareLink {
  return { ok: false, message: `This share link is broken: ${reason}.` };
}
