// A file the user picks or drops, as text: refused up front when it is too large to be a values
// file, or when it is not text Helm 4 reads (UTF-8, or UTF-16 as the core explains), with a
// message that says so. A UTF-16 file Helm 4 reads other than as written comes with the core's
// note of where.
import { decodeValuesBytes } from "../../src";
import { MAX_IMPORT_BYTES } from "../../src";

export type TReadFile = { ok: true; name: string; text: string; note?: string } | { ok: false; name: string; message: string };

export async function readValuesFile(file: File): Promise<TReadFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, name: file.name, message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; values files up to ${MAX_IMPORT_BYTES / 1e6} MB can be imported` };
  }
  try {
    const decoded = decodeValuesBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { ok: false, name: file.name, message: `${file.name} is not a YAML file: ${decoded.message}` };
    return { ok: true, name: file.name, text: decoded.text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"), note: decoded.note };
  } catch (error) {
    return { ok: false, name: file.name, message: `${file.name} could not be read: ${(error as Error).message}` };
  }
}
