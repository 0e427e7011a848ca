import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const show = vi.fn();
vi.mock("@mantine/notifications", () => ({ notifications: { show: (...args: unknown[]) => show(...args) } }));

const { copyAndNotify } = await import("./copy-and-notify");

const NOTICE = { copied: "Install commands copied", message: "Run them where values.yaml is.", failed: "Could not copy the install commands" };

describe("copyAndNotify", () => {
  beforeEach(() => show.mockReset());
  afterEach(() => vi.unstubAllGlobals());

  it("copies the text and says what to do with it", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    await copyAndNotify("helm install", NOTICE);
    expect(writeText).toHaveBeenCalledWith("helm install");
    expect(show).toHaveBeenCalledExactlyOnceWith({ color: "teal", title: "Install commands copied", message: "Run them where values.yaml is." });
  });

  it("says why it could not copy, then where else the text is", async () => {
    vi.stubGlobal("navigator", { clipboard: { writeText: () => Promise.reject(new Error("denied")) } });
    await copyAndNotify("helm install", { ...NOTICE, hint: "You can also select them above." });
    expect(show).toHaveBeenCalledExactlyOnceWith({
      color: "red",
      title: "Could not copy the install commands",
      message: "The browser refused to copy to the clipboard. Allow clipboard access for this page, or use a download instead. You can also select them above.",
    });
  });

  it("without a hint, the reason alone", async () => {
    vi.stubGlobal("navigator", {});
    await copyAndNotify("helm install", NOTICE);
    expect(show).toHaveBeenCalledExactlyOnceWith({
      color: "red",
      title: "Could not copy the install commands",
      message: "This browser does not let the page copy (it needs HTTPS or localhost). Use a download instead.",
    });
  });
});
