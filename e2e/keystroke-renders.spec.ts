// A keystroke re-renders the field that changed and the preview, nothing else: not the step, not
// the other fields, not the header. Counted in the production build (render-probe.ts), not timed.
import type { Page } from "@playwright/test";
import { expect, openWizard, test } from "./fixtures";
import { valuesEditor } from "./helpers";
import { recordUntilInputFrame, renderedComponents, RENDER_PROBE, startRecording } from "./render-probe";

const PREVIEW = '[aria-label="Preview"]';
const fieldRoot = (id: string) => `.mantine-InputWrapper-root:has([id="${id}"])`;

/** Opens the wizard with the probe in place, and waits until what loads after the first paint has. */
async function open(page: Page): Promise<void> {
  await page.addInitScript(RENDER_PROBE);
  await openWizard(page);
  await valuesEditor(page);
  await expect(page.getByRole("region", { name: "Preview" }).getByText("live", { exact: true })).toBeVisible();
}

/** Records one key and what it re-rendered, once the preview shows it and the save after it is done. */
async function keystroke(page: Page, key: string, shown: () => Promise<void>, places: Record<string, string>) {
  await startRecording(page);
  await page.keyboard.press(key);
  await shown();
  // The save waits for a pause in typing; what it does must not render either.
  await page.waitForTimeout(800);
  return renderedComponents(page, places);
}

/** Opens the wizard and types "# a" into the values.yaml editor; the editor, once it shows the line. */
async function editorWithComment(page: Page) {
  await open(page);
  const editor = await valuesEditor(page);
  await editor.click();
  await page.keyboard.type("# a");
  await expect(editor.locator(".view-line").filter({ hasText: "# a" })).toHaveCount(1);
  return editor;
}

function expectOnly(rendered: { name: string; place: string }[], places: string[]): void {
  for (const place of places) expect(rendered.filter((item) => item.place === place).length, `something in ${place} re-rendered`).toBeGreaterThan(0);
  const elsewhere = rendered.filter((item) => !places.includes(item.place));
  expect(elsewhere.map((item) => `${item.name} (${item.place})`), "components outside the field and the preview that re-rendered").toEqual([]);
}

test("a key in a values field re-renders that field and the preview", async ({ page }) => {
  await open(page);
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  await field.click();
  await page.keyboard.press("d");
  const editor = page.getByRole("region", { name: "Preview" }).locator(".view-line");
  await expect(editor.filter({ hasText: "nameOverride: d" })).toHaveCount(1);
  await page.waitForTimeout(800);

  const rendered = await keystroke(page, "a", () => expect(editor.filter({ hasText: "nameOverride: da" })).toHaveCount(1), { field: fieldRoot("field-nameOverride"), preview: PREVIEW });
  expectOnly(rendered, ["field", "preview"]);
});

test("a key in the release name re-renders that field and the preview", async ({ page }) => {
  await open(page);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  await expect(preview.locator(".view-line").filter({ hasText: "app.kubernetes.io/instance: dagger" }).first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole("textbox", { name: "Release name" }).click();
  await page.keyboard.press("End");
  await page.waitForTimeout(800);

  const rendered = await keystroke(page, "x", () => expect(preview.locator(".view-line").filter({ hasText: "app.kubernetes.io/instance: daggerx" }).first()).toBeVisible(), {
    field: fieldRoot("field-release.name"),
    preview: PREVIEW,
  });
  expectOnly(rendered, ["field", "preview"]);
});

test("a key in the values.yaml editor that changes no field re-renders the preview alone", async ({ page }) => {
  const editor = await editorWithComment(page);
  await page.waitForTimeout(800);

  const rendered = await keystroke(page, "b", () => expect(editor.locator(".view-line").filter({ hasText: "# ab" })).toHaveCount(1), { preview: PREVIEW });
  expectOnly(rendered, ["preview"]);
});

// Mantine's Tabs render every tab and panel whenever they render: the preview's parts read the
// state they show (its badge, its problems, each tab's view), and a new reading leaves the tabs alone.
test("a new reading of the values re-renders no tab of the preview", async ({ page }) => {
  await open(page);
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("tab", { name: "manifests" }).click();
  const line = (name: string) => preview.locator(".view-line").filter({ hasText: `app.kubernetes.io/name: ${name}` }).first();
  await expect(line("dagger")).toBeVisible({ timeout: 30_000 });
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  await field.click();
  await page.keyboard.press("k");
  await expect(line("k")).toBeVisible();
  await page.waitForTimeout(800);

  const rendered = await keystroke(page, "l", () => expect(line("kl")).toBeVisible(), {
    tabs: `${PREVIEW} [role="tablist"]`,
    field: fieldRoot("field-nameOverride"),
    preview: PREVIEW,
  });
  expect(rendered.filter((item) => item.place === "tabs").map((item) => item.name), "components in the preview's tab list that re-rendered").toEqual([]);
  expectOnly(rendered, ["field", "preview"]);
});

// Inside the preview, what shows nothing of the values does not render either: the editors' keyboard
// hint (a switch and a button) beside the values.yaml editor, the diff's choice and the upgrade
// button above the changes. The panels around them render on every keystroke, twice (they read the
// preview deferred). Mantine's components keep their names in the production build.
const CONTROLS = ["@mantine/core/Switch", "@mantine/core/Button", "@mantine/core/SegmentedControl"];

test("a key in a values field renders none of the preview's own controls", async ({ page }) => {
  await open(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  const valuesLine = (name: string) => preview.locator(".view-line").filter({ hasText: `nameOverride: ${name}` });
  await field.click();
  await page.keyboard.press("d");
  await expect(valuesLine("d")).toHaveCount(1);
  await page.waitForTimeout(800);
  const inValues = await keystroke(page, "a", () => expect(valuesLine("da")).toHaveCount(1), { preview: PREVIEW, field: fieldRoot("field-nameOverride") });
  expect(inValues.filter((item) => item.place === "preview" && CONTROLS.includes(item.name)).map((item) => item.name), "controls in the values.yaml tab that re-rendered").toEqual([]);

  await preview.getByRole("tab", { name: "changes" }).click();
  await expect(preview.getByRole("button", { name: "Compare with what runs…" })).toBeVisible();
  await field.click();
  await page.keyboard.press("End");
  await page.waitForTimeout(800);
  // The values diff (the one shown first) has the new line on its right.
  const inChanges = await keystroke(page, "b", () => expect(valuesLine("dab").first()).toBeVisible(), { preview: PREVIEW, field: fieldRoot("field-nameOverride") });
  expect(inChanges.filter((item) => item.place === "preview").length, "the changes tab rendered").toBeGreaterThan(0);
  expect(inChanges.filter((item) => item.place === "preview" && CONTROLS.includes(item.name)).map((item) => item.name), "controls in the changes tab that re-rendered").toEqual([]);
});

test("in upgrade mode, a key in a values field renders no diff choice", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Import values.yaml" }).click();
  const dialog = page.getByRole("dialog", { name: "Import values.yaml" });
  await dialog.getByRole("textbox", { name: "values.yaml to import" }).fill("engine:\n  kind: StatefulSet\n");
  await dialog.getByRole("checkbox", { name: /This is what runs/ }).check();
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("radiogroup", { name: "Diff of" })).toBeVisible({ timeout: 30_000 });
  const field = page.getByRole("textbox", { name: "Name override", exact: true });
  await field.click();
  await page.keyboard.press("u");
  const line = (name: string) => preview.locator(".view-line").filter({ hasText: `nameOverride: ${name}` });
  await expect(line("u").first()).toBeVisible();
  await page.waitForTimeout(800);
  const rendered = await keystroke(page, "p", () => expect(line("up").first()).toBeVisible(), { preview: PREVIEW, field: fieldRoot("field-nameOverride") });
  expect(rendered.filter((item) => item.place === "preview").length, "the upgrade view rendered").toBeGreaterThan(0);
  expect(rendered.filter((item) => item.place === "preview" && item.name === "@mantine/core/SegmentedControl").length, "diff choices that re-rendered").toBe(0);
});

// A map's and a list's rows are inputs of their own: a key in one row renders that row, and the
// other rows stay as they are (with a few dozen labels, each key rendered them all).
test("a key in one entry of a map or a list re-renders that entry, not the others", async ({ page }) => {
  await open(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const line = (text: string) => preview.locator(".view-line").filter({ hasText: text });
  const row = (label: string) => `.mantine-Group-root:has(> .mantine-InputWrapper-root input[aria-label="${label}"])`;

  /** Fills two entries (each a list of input names and texts), then types into the second one's last input. */
  async function typeInSecond(add: string, entries: [string, string][][], shown: (typed: string) => string) {
    for (const inputs of entries) {
      await page.getByRole("button", { name: add }).click();
      for (const [name, text] of inputs) await page.getByRole("textbox", { name }).fill(text);
    }
    const [typedInto, before] = entries[1]!.at(-1)!;
    await expect(line(shown(before))).toHaveCount(1);
    await page.getByRole("textbox", { name: typedInto }).click();
    await page.keyboard.press("End");
    await page.waitForTimeout(800);
    const rendered = await keystroke(page, "x", () => expect(line(shown(`${before}x`))).toHaveCount(1), {
      first: row(entries[0]!.at(-1)![0]),
      second: row(typedInto),
    });
    expect(rendered.filter((item) => item.place === "second").length, `the entry typed into (${typedInto}) rendered`).toBeGreaterThan(0);
    expect(rendered.filter((item) => item.place === "first").map((item) => item.name), `components of the other entry than ${typedInto} that re-rendered`).toEqual([]);
  }

  await typeInSecond(
    "Add entry",
    [
      [["Labels on every resource key 1", "team"], ["Labels on every resource value 1", "ci"]],
      [["Labels on every resource key 2", "tier"], ["Labels on every resource value 2", "b"]],
    ],
    (value) => `tier: ${value}`,
  );
  await typeInSecond("Add pull secret", [[["Pull secret 1", "one"]], [["Pull secret 2", "two"]]], (name) => `- name: ${name}`);
});

// The browser keeps what is typed into a text input (a text field's, and each entry's of a map and
// of a list): a key renders nothing before the frame that paints its character, and the write that
// follows the frame reaches the preview.
test("a key in a text field, or in an entry of a map or a list, renders nothing before its frame", async ({ page }) => {
  await open(page);
  const line = (text: string) => page.getByRole("region", { name: "Preview" }).locator(".view-line").filter({ hasText: text });
  await page.getByRole("button", { name: "Add entry" }).click();
  await page.getByRole("textbox", { name: "Labels on every resource key 1" }).fill("team");
  await page.getByRole("textbox", { name: "Labels on every resource value 1" }).fill("ci");
  await page.getByRole("button", { name: "Add pull secret" }).click();
  await page.getByRole("textbox", { name: "Pull secret 1" }).fill("one");
  await expect(line("- name: one")).toHaveCount(1);
  const typed: [input: string, shown: string][] = [
    ["Name override", "nameOverride: x"],
    ["Labels on every resource key 1", "teamx: ci"],
    ["Labels on every resource value 1", "teamx: cix"],
    ["Pull secret 1", "- name: onex"],
  ];
  for (const [input, shown] of typed) {
    await page.getByRole("textbox", { name: input, exact: true }).click();
    await page.keyboard.press("End");
    await page.waitForTimeout(300);
    await recordUntilInputFrame(page);
    await page.keyboard.press("x");
    await expect(line(shown)).toHaveCount(1);
    const rendered = await renderedComponents(page, {});
    expect(rendered.map((item) => item.name), `components that a key in ${input} rendered before its frame`).toEqual([]);
  }
});

// Monaco paints a key typed into the values.yaml editor in the key's own frame; the state, and all
// that reads it (the panel, the form, the worker's reading), follows after that frame.
test("a key in the values.yaml editor renders nothing before its frame", async ({ page }) => {
  const editor = await editorWithComment(page);
  await page.waitForTimeout(300);
  await recordUntilInputFrame(page, "keydown");
  await page.keyboard.press("b");
  await expect(editor.locator(".view-line").filter({ hasText: "# ab" })).toHaveCount(1);
  const rendered = await renderedComponents(page, {});
  expect(rendered.map((item) => item.name), "components that a key in the values.yaml editor rendered before its frame").toEqual([]);
  // And the state has the key: a reload shows it.
  await page.waitForTimeout(800);
  await page.reload();
  await expect((await valuesEditor(page)).locator(".view-line").filter({ hasText: "# ab" })).toHaveCount(1);
});
