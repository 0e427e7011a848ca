import { describe, expect, it } from "vitest";
import { quantityMeaning, quantityToWrite } from "./quantity-text";

describe("quantityToWrite", () => {
  it("keeps what was typed: a number only when it prints back the same", () => {
    expect(quantityToWrite("2")).toBe(2);
    expect(quantityToWrite("0.5")).toBe(0.5);
    for (const typed of ["4000m", "512Mi", "1Ti", "1e3", "1.50", "0x1F", ".5", "+1", "1 Gi", " 2"]) expect(quantityToWrite(typed)).toBe(typed);
  });
});

describe("quantityMeaning", () => {
  it("says what the amount is, in cores or bytes", () => {
    expect(quantityMeaning("4000m", "cpu")).toBe("= 4 cores");
    expect(quantityMeaning("250m", "cpu")).toBe("= 250 millicores");
    expect(quantityMeaning(1, "cpu")).toBe("= 1 core");
    expect(quantityMeaning("512Mi", "bytes")).toBe("= 512 MiB");
    expect(quantityMeaning("1Ti", "bytes")).toBe("= 1 TiB");
    expect(quantityMeaning("1G", "bytes")).toBe("= 953.7 MiB");
    expect(quantityMeaning("lots", "bytes")).toBeUndefined();
    expect(quantityMeaning(null, "cpu")).toBeUndefined();
  });
});
