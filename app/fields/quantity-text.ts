// What a quantity field writes and says: the text as typed (a plain number that reads back the
// same, such as 2 or 0.5, as a number), and what the quantity amounts to, as help beside it.
import { quantityValue } from "../../src";

export type TQuantityKind = "cpu" | "bytes";

/** The value to write for what was typed: a number only when the number prints back as typed (2, 0.5; not 1e3, 1.50 or 0x1F). */
export function quantityToWrite(typed: string): string | number {
  const number = Number(typed);
  return typed.trim() !== "" && Number.isFinite(number) && String(number) === typed ? number : typed;
}

const BINARY_UNITS = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

/** "= 4 cores", "= 512 MiB": what a valid quantity amounts to; undefined for anything else. */
export function quantityMeaning(value: unknown, kind: TQuantityKind): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const amount = quantityValue(value);
  if (amount === undefined || amount < 0) return undefined;
  const round = (n: number) => String(Number(n.toPrecision(4)));
  if (kind === "cpu") {
    if (amount > 0 && amount < 1) return `= ${round(amount * 1000)} millicores`;
    return `= ${round(amount)} ${amount === 1 ? "core" : "cores"}`;
  }
  let unit = 0;
  let scaled = amount;
  while (scaled >= 1024 && unit < BINARY_UNITS.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return `= ${round(scaled)} ${BINARY_UNITS[unit]}`;
}

export const QUANTITY_HELP: Record<TQuantityKind, string> = {
  cpu: "Cores as Kubernetes writes them: 2, 0.5, or 250m for 250 millicores.",
  bytes: "A number with a unit: Mi, Gi, Ti (1024-based) or M, G, T (1000-based), such as 512Mi or 8Gi.",
};
