import { isValidElement, type ReactElement } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const show = vi.fn();
const hide = vi.fn();
vi.mock("@mantine/notifications", () => ({ notifications: { show: (...args: unknown[]) => show(...args), hide: (...args: unknown[]) => hide(...args) } }));

const { showUndoable } = await import("./show-undoable");

type TShown = { id: string; color: string; title: string; autoClose?: number; message: ReactElement<{ children: unknown[] }> };

/** The notification shown, and its Undo button (the last child of its message). */
function shown(): { notice: TShown; undoButton: ReactElement<{ children: unknown; onClick: () => void }> } {
  const notice = show.mock.calls[0]?.[0] as TShown;
  const button = notice.message.props.children.at(-1);
  if (!isValidElement<{ children: unknown; onClick: () => void }>(button)) throw new Error("the message ends with no element");
  return { notice, undoButton: button };
}

describe("showUndoable", () => {
  beforeEach(() => {
    show.mockReset();
    hide.mockReset();
  });

  it("says what changed, with an Undo button after it", () => {
    const undo = vi.fn();
    showUndoable({ kind: "preset", title: "Preset applied: CI", message: "The values were replaced.", undo, undone: { title: "Preset undone", message: "Back." } });
    const { notice, undoButton } = shown();
    expect(notice).toMatchObject({ color: "teal", title: "Preset applied: CI" });
    expect(notice.id).toMatch(/^preset-[0-9a-f-]{36}$/);
    expect("autoClose" in notice).toBe(false);
    expect(notice.message.props.children.slice(0, 2)).toEqual(["The values were replaced.", " "]);
    expect(undoButton.props.children).toBe("Undo");
    expect(undo).not.toHaveBeenCalled();
  });

  it("Undo puts the change back, closes the notification and says it was undone", () => {
    const undo = vi.fn();
    showUndoable({ kind: "toml", title: "Converted", message: "3 settings moved.", undo, undone: { title: "Conversion undone", message: "Back." }, autoClose: 15_000 });
    const { notice, undoButton } = shown();
    expect(notice.autoClose).toBe(15_000);
    undoButton.props.onClick();
    expect(undo).toHaveBeenCalledOnce();
    expect(hide).toHaveBeenCalledExactlyOnceWith(notice.id);
    expect(show).toHaveBeenLastCalledWith({ color: "gray", title: "Conversion undone", message: "Back." });
  });

  it("each notification has an id of its own", () => {
    const undone = { title: "Import undone", message: "Back." };
    showUndoable({ kind: "import", title: "Imported", message: "Replaced.", undo: () => {}, undone });
    showUndoable({ kind: "import", title: "Imported", message: "Replaced.", undo: () => {}, undone });
    const [first, second] = show.mock.calls.map((call) => (call[0] as TShown).id);
    expect(first).not.toBe(second);
  });
});
