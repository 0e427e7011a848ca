// The amount a Kubernetes quantity stands for, as a float, computed as the chart's
// dagger-helm.quantityValue (templates/_validate.tpl) computes it: so that the core and Helm
// compare a limit with its request alike. Kubernetes itself compares exactly (inf.Dec); a float
// tells two amounts apart unless they differ past the 16th digit, which no resource request does.
// Written by hand: the template cannot call a library, and the core must do exactly what it does.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, string> = { "": "0", n: "-9", u: "-6", m: "-3", k: "3", M: "6", G: "9", T: "12", P: "15", E: "18" };
const NUMBER = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)/;

/**
 * The amount of a quantity in its base unit (cores, bytes): 250m → 0.25, 512Mi → 536870912,
 * 1e3 → 1000. A number is its own amount. Undefined for text that is no quantity.
 */
export function quantityValue(quantity: unknown): number | undefined {
  if (typeof quantity === "number") return quantity;
  if (typeof quantity !== "string") return undefined;
  const number = NUMBER.exec(quantity)?.[0];
  if (number === undefined) return undefined;
  const suffix = quantity.slice(number.length);
  // Go's ParseFloat refuses a number past float64's range (Sprig's float64 gives 0 then).
  const parse = (text: string) => {
    const value = Number(text);
    return Number.isFinite(value) ? value : 0;
  };
  if (Object.hasOwn(BINARY, suffix)) return parse(number) * BINARY[suffix]!;
  if (/^[eE][-+]?[0-9]+$/.test(suffix)) return parse(`${number}${suffix}`);
  if (Object.hasOwn(DECIMAL, suffix)) return parse(`${number}e${DECIMAL[suffix]}`);
  return undefined;
}
