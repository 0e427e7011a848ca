import { describe, expect, it } from "vitest";
import { SentTexts } from "./sent-texts";

describe("SentTexts", () => {
  it("knows its own texts coming back, in order, and forgets older ones", () => {
    const sent = new SentTexts();
    expect(sent.send("a\r\nb")).toBe("a\nb");
    sent.send("a\nbc");
    expect(sent.isEcho("a\nb")).toBe(true);
    expect(sent.isEcho("a\nb")).toBe(false);
  });

  it("treats a text it did not send as new, and clears what it was waiting for", () => {
    const sent = new SentTexts();
    sent.send("typed");
    expect(sent.isEcho("from a preset")).toBe(false);
    expect(sent.isEcho("typed")).toBe(false);
  });
});
