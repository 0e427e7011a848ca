// What the wizard bench (preview-latency.ts) runs inside the page, as text: tsx would wrap
// functions with helpers the page does not have. Installed before the app's own scripts.
//
// - Event Timing (what the user feels: the event's handlers, style, layout and the next paint):
//   every 'event' entry of 16 ms or more with an interaction id, kept per interaction, with its
//   input delay and the time in its handlers.
// - LCP, and when the values editor (Monaco) first shows a line: time to editor ready.
// - __benchWait(kind, expected): resolves with the time from the last keydown to the paint after
//   the preview shows `expected` (a Monaco line in the preview, or the value of a form input),
//   or -1 after 10 s. The paint is taken as a task after the frame that paints the change: the
//   frame under way when the change is made inside one of its animation-frame callbacks (Monaco
//   draws its lines there, and the field's check runs there), else the next frame. Waiting for
//   the next frame in both cases counted one frame too many for every Monaco line.
//   performance marks "bench:shown" and "bench:painted" put both moments in a trace.
export const IN_PAGE = `
(() => {
  const bench = (window.__bench = { events: [], lcp: 0, editorReady: 0, lastKey: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) bench.events.push({ id: entry.interactionId, name: entry.name, start: entry.startTime, duration: entry.duration, delay: entry.processingStart - entry.startTime, handlers: entry.processingEnd - entry.processingStart });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  const ready = () => document.querySelector('[aria-label="Preview"] .monaco-editor .view-line');
  new MutationObserver((_, observer) => {
    if (!bench.editorReady && ready()) {
      bench.editorReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
  window.addEventListener("keydown", (event) => { bench.lastKey = event.timeStamp; }, true);

  // Whether the code running now was called from an animation-frame callback: a change made there
  // is painted by this frame. Cleared by a microtask queued when the callback returns, which runs
  // after the MutationObserver's (queued at the callback's first change).
  let inFrame = false;
  const nativeFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => nativeFrame((time) => {
    inFrame = true;
    try {
      callback(time);
    } finally {
      queueMicrotask(() => { inFrame = false; });
    }
  });

  const shows = (kind, expected) => {
    if (kind === "input") return document.getElementById("field-nameOverride")?.value === expected;
    const root = document.querySelector('[aria-label="Preview"]');
    return [...(root ? root.querySelectorAll(".view-line") : [])].some((line) => line.textContent.replace(/\\u00a0/g, " ").trim() === expected);
  };
  // A Monaco line is watched with a MutationObserver; a form input's value (a property, not
  // the DOM) once a frame.
  window.__benchWait = (kind, expected) =>
    new Promise((resolve) => {
      const started = performance.now();
      let observer;
      let timer;
      const painted = () => {
        performance.mark("bench:painted");
        resolve(performance.now() - bench.lastKey);
      };
      const done = () => {
        observer?.disconnect();
        clearTimeout(timer);
        performance.mark("bench:shown");
        if (inFrame) setTimeout(painted, 0);
        else requestAnimationFrame(() => setTimeout(painted, 0));
      };
      timer = setTimeout(() => { observer?.disconnect(); resolve(-1); }, 10000);
      if (kind === "line") {
        const root = document.querySelector('[aria-label="Preview"]');
        observer = new MutationObserver(() => { if (shows(kind, expected)) done(); });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        return;
      }
      const check = () => {
        if (shows(kind, expected)) done();
        else if (performance.now() - started < 10000) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
})();
`;

/**
 * Each interaction, in the page: its duration (the longest of its entries), and the part the page's
 * own code can be blamed for: its input delay (the key waited for a task already running) and the
 * time in its events' handlers (entries of 16 ms or more). The rest of the duration is the frame:
 * the wait for it, its rendering and its presentation.
 */
export const INTERACTIONS = `
(() => {
  const byId = new Map();
  for (const entry of window.__bench.events) {
    const key = byId.get(entry.id) ?? { duration: 0, delay: entry.delay, handlers: 0, start: entry.start };
    key.duration = Math.max(key.duration, entry.duration);
    key.handlers += entry.handlers;
    if (entry.start < key.start) Object.assign(key, { start: entry.start, delay: entry.delay });
    byId.set(entry.id, key);
  }
  return [...byId.values()].map(({ duration, delay, handlers }) => ({ duration, delay, handlers }));
})()
`;
