// `helm package` in TypeScript: a gzipped tar of the chart's files under "<name>/", Chart.yaml
// first, each a regular file with mode 0644 and owner 0, as Helm's chartutil.Save writes them;
// no directory entries. Every mtime is the one given, so the same chart gives the same bytes
// (and the same digest in index.yaml) on every build.
import { gzipSync } from "node:zlib";
import { Header, Pax } from "tar";
import { loadChart, type ChartMetadata } from "./chart-files";

export interface PackagedChart {
  /** <name>-<version>.tgz, as helm package names it. */
  fileName: string;
  bytes: Buffer;
  metadata: ChartMetadata;
}

const BLOCK = 512;
/** The gzip header's operating-system byte: 255 (unknown), as Go writes it, so that the bytes do not depend on the build machine. */
const GZIP_OS_OFFSET = 9;

export function packageChart(chartDir: string, mtime: Date): PackagedChart {
  const { metadata, files } = loadChart(chartDir);
  const blocks: Buffer[] = [];
  for (const file of files) {
    const data = { path: `${metadata.name}/${file.name}`, mode: 0o644, uid: 0, gid: 0, size: file.data.length, mtime, type: "File" as const };
    const header = new Header(data);
    header.encode();
    if (header.needPax) {
      blocks.push(new Pax(data).encode());
      header.encode();
    }
    blocks.push(header.block as Buffer, file.data, Buffer.alloc(padding(file.data.length)));
  }
  // Two empty blocks end the archive.
  blocks.push(Buffer.alloc(2 * BLOCK));
  const bytes = gzipSync(Buffer.concat(blocks), { level: 9 });
  bytes[GZIP_OS_OFFSET] = 0xff;
  return { fileName: `${metadata.name}-${metadata.version}.tgz`, bytes, metadata };
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}
