// Twin of chart/dagger-helm/templates/magicache-secret.yaml.
import type { Secret } from "./chart-objects";
import type { RenderContext } from "./context";
import { metadata } from "./labels";
import { fullname } from "./names";

/** Base64 of the UTF-8 bytes, as sprig's b64enc; works in Node and in the browser. */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function magicacheSecret(ctx: RenderContext): Secret | undefined {
  const { magicache } = ctx.values;
  if (!magicache.enabled || magicache.secretName) return undefined;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: metadata(ctx, `${fullname(ctx)}-magicache-token`),
    type: "Opaque",
    data: { _EXPERIMENTAL_DAGGER_CACHESERVICE_TOKEN: base64(magicache.token) },
  };
}
