// Which components a keystroke re-renders, in the production build as it is: a stand-in for the
// React DevTools hook (which React calls on every commit, in production too) records each
// component that rendered, and where its output stands on the page. A component rendered in a
// commit when its fiber performed work and is not the fiber that stood there after the commit
// before (a subtree React skipped keeps its old fibers, flags and all).
import type { Page } from "@playwright/test";

/** Installed before the page's scripts (addInitScript). */
export const RENDER_PROBE = `
(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const HOST_TAGS = new Set([5, 6]);
  let previous = new WeakSet();
  const probe = (window.__renderProbe = { recording: false, rendered: [] });
  const hostOf = (fiber) => {
    for (let child = fiber.child; child; ) {
      if (HOST_TAGS.has(child.tag)) return child.stateNode;
      const inner = hostOf(child);
      if (inner) return inner;
      child = child.sibling;
    }
    return null;
  };
  const hostAbove = (fiber) => {
    for (let parent = fiber.return; parent; parent = parent.return) if (parent.tag === 5) return parent.stateNode;
    return null;
  };
  const nameOf = (type) => (type && (type.displayName || type.name || (type.render && (type.render.displayName || type.render.name)) || (type.type && nameOf(type.type)))) || "anonymous";
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id, root) {
      const seen = new WeakSet();
      const stack = [root.current];
      while (stack.length) {
        const fiber = stack.pop();
        seen.add(fiber);
        if (probe.recording && COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & 1) && !previous.has(fiber)) {
          let node = hostOf(fiber) || hostAbove(fiber);
          if (node && node.nodeType === 3) node = node.parentElement;
          probe.rendered.push({ name: nameOf(fiber.type), element: node });
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      previous = seen;
    },
  };
})();
`;

/** Starts recording the components that render. */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate("window.__renderProbe.rendered = []; window.__renderProbe.recording = true; undefined");
}

/**
 * Starts recording until the animation frame after the next `event` (input, by default): what a
 * keystroke renders before the browser can paint its character. The listener, on the document in
 * the capture phase, asks for that frame before the page's own handlers run. Monaco takes its text
 * through Chromium's EditContext, which fires no input event: for it, the key's keydown.
 */
export async function recordUntilInputFrame(page: Page, event: "input" | "keydown" = "input"): Promise<void> {
  await page.evaluate(`(() => {
    const probe = window.__renderProbe;
    probe.rendered = [];
    probe.recording = true;
    document.addEventListener(${JSON.stringify(event)}, () => requestAnimationFrame(() => { probe.recording = false; }), { capture: true, once: true });
  })()`);
}

/**
 * Stops recording: the components that rendered, each as inside one of the named places (a CSS
 * selector each: its element contains the component's output) or "elsewhere".
 */
export async function renderedComponents(page: Page, places: Record<string, string>): Promise<{ name: string; place: string }[]> {
  return page.evaluate((selectors) => {
    const probe = (window as unknown as { __renderProbe: { recording: boolean; rendered: { name: string; element: Element | null }[] } }).__renderProbe;
    probe.recording = false;
    const roots = Object.entries(selectors).map(([place, selector]) => [place, document.querySelector(selector)] as const);
    return probe.rendered.map(({ name, element }) => {
      const inside = roots.find(([, root]) => root && element && root.contains(element));
      return { name, place: inside ? inside[0] : element?.isConnected === false ? "removed" : "elsewhere" };
    });
  }, places);
}
