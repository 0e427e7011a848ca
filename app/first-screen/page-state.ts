// How index.html's first screen and the app hand over. The build writes the first screen of a
// first visit into #root, inert (nothing typed there could reach the form), and React hydrates it.
// A script in <head> (FIRST_SCREEN_SCRIPT) marks the page when that screen is not the one React
// would render first: settings that may come from a link or from this browser (the screen shows
// the defaults), or a color scheme chosen in the app (its toggle would read differently). Then the
// screen stays hidden and React renders afresh. The width does not matter: the layout's every
// width is the stylesheet's (the step list included, WizardSteps), so one screen fits them all.

/** On <html>: index.html's first screen does not apply to this visit. */
export const NO_FIRST_SCREEN_ATTRIBUTE = "data-no-first-screen";

/** The prefix of every key under which the wizard keeps settings (src/wizard/stored-state.ts). */
export const SETTINGS_KEY_PREFIX = "dagger-helm-wizard:";

/** Mantine's key for the chosen color scheme (its localStorageColorSchemeManager's default). */
export const COLOR_SCHEME_KEY = "mantine-color-scheme-value";

/**
 * Runs in <head> before the first screen is parsed, inline (the policy allows it by its hash):
 * Mantine's color scheme, which its CSS reads from <html>, as Mantine's own script sets it; and
 * whether the first screen applies. It errs towards not: any hash, any kept settings.
 */
export const FIRST_SCREEN_SCRIPT = `(function () {
  var html = document.documentElement;
  var dark = matchMedia("(prefers-color-scheme: dark)").matches;
  var applies = location.hash.length <= 1;
  try {
    var scheme = localStorage.getItem(${JSON.stringify(COLOR_SCHEME_KEY)});
    if (scheme === "dark" || scheme === "light") {
      dark = scheme === "dark";
      applies = false;
    }
    for (var index = 0; index < localStorage.length; index++) {
      if (String(localStorage.key(index)).indexOf(${JSON.stringify(SETTINGS_KEY_PREFIX)}) === 0) applies = false;
    }
  } catch (error) {
    // No storage (a privacy mode): nothing is kept, and the scheme follows the system.
  }
  html.setAttribute("data-mantine-color-scheme", dark ? "dark" : "light");
  if (!applies) html.setAttribute(${JSON.stringify(NO_FIRST_SCREEN_ATTRIBUTE)}, "");
})();`;

/** Whether React may hydrate index.html's first screen: it is there, and it applies. */
export function firstScreenApplies(root: HTMLElement): boolean {
  return root.firstElementChild !== null && !document.documentElement.hasAttribute(NO_FIRST_SCREEN_ATTRIBUTE);
}

/** React owns the page: the first screen, if it was there, is the app's now. */
export function pageStarted(): void {
  document.getElementById("root")?.removeAttribute("inert");
  document.documentElement.removeAttribute(NO_FIRST_SCREEN_ATTRIBUTE);
}
