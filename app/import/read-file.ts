// A file the user picks or drops, as text: refused up front when it is too large to be a values
// file, or when it is not UTF-8 text, with a message that says so.
import { MAX_IMPORT_BYTES } from "../../src/import/import-values";

export type TReadFile = { ok: true; name: string; text: string } | { ok: false; name: string; message: string };

export async function readValuesFile(file: File): Promise<TReadFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, name: file.name, message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; values files up to ${MAX_IMPORT_BYTES / 1e6} MB can be imported` };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    return { ok: true, name: file.name, text: text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n") };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, name: file.name, message: `${file.name} is not a YAML file: it is not UTF-8 text` };
    return { ok: false, name: file.name, message: `${file.name} could not be read: ${(error as Error).message}` };
  }
}
