// Reads a chart archive (.tgz) back into its entries, for the tests that compare what the build
// packs with what `helm package` packs.
import { gunzipSync } from "node:zlib";
import { Header } from "tar";

export interface ArchiveEntry {
  path: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: Date;
  data: Buffer;
}

/** The entries of a gzipped tar, in order; PAX extended headers are applied to the next entry. */
export function archiveEntries(gzipped: Uint8Array): ArchiveEntry[] {
  const tar = gunzipSync(gzipped);
  const entries: ArchiveEntry[] = [];
  let paxPath: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = new Header(tar, offset);
    if (header.nullBlock) break;
    const size = header.size ?? 0;
    const data = Buffer.from(tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
    if (header.type === "ExtendedHeader") {
      paxPath = /\d+ path=(.*)\n/.exec(data.toString("utf8"))?.[1];
      continue;
    }
    entries.push({ path: paxPath ?? header.path ?? "", type: header.type, mode: header.mode ?? 0, uid: header.uid ?? -1, gid: header.gid ?? -1, mtime: header.mtime ?? new Date(0), data });
    paxPath = undefined;
  }
  return entries;
}
