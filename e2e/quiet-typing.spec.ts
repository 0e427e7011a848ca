// Typing in the form draws the typed character and the preview's new lines, and starts nothing that
// keeps drawing frames. Monaco shows a view's scrollbars when its scroll size changes, as the
// manifests' does at a key in the form, and fades them out: on a machine without a GPU, frames
// drawn every 16 ms while the user types, which the typed character's frame waited behind
// (editor.module.css). Checked in the page, not timed.
import { expect, openWizard, test } from "./fixtures";

test("keys in a values field start no transition or animation in the page, and Monaco's scrollbars have none", async ({ page }) => {
  await openWizard(page);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.locator(".monaco-editor .view-line").first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "Name override", exact: true }).click();
  // The click's own transition (the field's border takes the focus colour over 100 ms) ends
  // before the first key: what runs after a key is then the key's.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const running: string[] = [];
  let name = "";
  for (const key of "abcdef") {
    await page.keyboard.press(key);
    name += key;
    await expect(preview.locator(".view-line").filter({ hasText: `app.kubernetes.io/name: ${name}` }).first()).toBeVisible();
    running.push(...(await page.evaluate(() => document.getAnimations().map((animation) => `${animation.constructor.name}${animation instanceof CSSTransition ? ` of ${animation.transitionProperty}` : ""} on .${String((animation.effect as KeyframeEffect | null)?.target?.className).replace(/ +/g, ".")}`))));
  }
  expect(running, "animations running after a key").toEqual([]);
  // Whether shown or fading, no scrollbar of a Monaco view has a transition.
  const transitions = await page.evaluate(() =>
    [...document.querySelectorAll(".monaco-scrollable-element > .scrollbar")].flatMap((scrollbar) =>
      ["visible scrollbar vertical", "invisible scrollbar vertical fade"].map((state) => {
        const was = scrollbar.className;
        scrollbar.className = state;
        const duration = getComputedStyle(scrollbar).transitionDuration;
        scrollbar.className = was;
        return duration;
      }),
    ),
  );
  expect(transitions.length).toBeGreaterThan(0);
  expect([...new Set(transitions)]).toEqual(["0s"]);
});
