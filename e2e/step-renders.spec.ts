// Opening a step renders each of its components once. Mantine's useId swapped React's id for a
// random one after the first commit, which rendered every input, radio and switch a second time
// before the first paint (scripts/mantine-react-ids.ts takes that out of the build). Counted in the
// production build with the render probe (render-probe.ts), not timed.
import { expect, openWizard, test } from "./fixtures";
import { goToStep, valuesEditor } from "./helpers";
import { RENDER_PROBE, startRecording } from "./render-probe";

/** The components inside `selector` that rendered in more than one commit since recording began, with how often. */
async function renderedTwice(page: import("@playwright/test").Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const probe = (window as unknown as { __renderProbe: { recording: boolean; rendered: { name: string; element: Element | null }[] } }).__renderProbe;
    probe.recording = false;
    const root = document.querySelector(within);
    // Per element the component stands at, how many commits each component rendered in.
    const times = new Map<Element, Map<string, number>>();
    for (const { name, element } of probe.rendered) {
      if (!element || !root?.contains(element)) continue;
      const byName = times.get(element) ?? new Map<string, number>();
      times.set(element, byName.set(name, (byName.get(name) ?? 0) + 1));
    }
    return [...times].flatMap(([element, byName]) =>
      [...byName].filter(([, count]) => count > 1).map(([name, count]) => `${name} at ${element.id || element.className.toString().split(" ")[0] || element.tagName} (${count}x)`),
    );
  }, selector);
}

// The steps whose components need no measuring of the page. Mantine's SegmentedControl, Tabs,
// TagsInput, NumberInput and Tooltip (Security, Engine, Scheduling, Connect) measure what they drew
// after the first commit and render again with what they found: that second pass is theirs to make.
for (const step of ["Deployment", "Storage"]) {
  test(`opening the ${step} step renders each of its fields once`, async ({ page }) => {
    await page.addInitScript(RENDER_PROBE);
    await openWizard(page);
    await valuesEditor(page);
    await expect(page.getByRole("region", { name: "Preview" }).getByText("live", { exact: true })).toBeVisible();

    await startRecording(page);
    await goToStep(page, step);
    // Whatever the step does after its first paint (effects, lazy parts) has had time to run.
    await page.waitForTimeout(800);
    // The step's fields stand in the fieldset under its heading.
    const marked = await page.getByRole("heading", { level: 2, name: step }).evaluate((heading) => {
      const fieldset = heading.parentElement?.querySelector(":scope > fieldset");
      fieldset?.setAttribute("data-step-under-test", "");
      return Boolean(fieldset);
    });
    expect(marked, "the step's fields stand in a fieldset under its heading").toBe(true);
    const twice = await renderedTwice(page, "[data-step-under-test]");
    expect(twice, "components of the step that rendered in more than one commit").toEqual([]);
  });
}
