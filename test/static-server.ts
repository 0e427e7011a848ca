// A tiny web server for a folder, under a path prefix, on 127.0.0.1: what a user's web host does
// with the built site, for the tests that point real Helm at it.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join, normalize, sep } from "node:path";

export interface StaticServer {
  /** The folder's address, without a trailing slash: http://127.0.0.1:<port><prefix> */
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveFolder(root: string, prefix: string): Promise<StaticServer> {
  const base = `/${prefix.replace(/^\/+|\/+$/g, "")}/`;
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    const relative = path.startsWith(base) ? normalize(path.slice(base.length)) : undefined;
    if (relative === undefined || relative.startsWith("..") || relative.startsWith(sep)) {
      response.writeHead(404).end("not found");
      return;
    }
    readFile(join(root, relative)).then(
      (bytes) => response.writeHead(200, { "Content-Type": "application/octet-stream" }).end(bytes),
      () => response.writeHead(404).end("not found"),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the test server has no port");
  return {
    url: `http://127.0.0.1:${address.port}${base.slice(0, -1)}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
