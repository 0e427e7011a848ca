// The keys that leave a Monaco editor (tab-keys.ts holds the choice): Tab and Shift+Tab move focus
// unless the user turned Tab-to-indent on (Monaco's tabFocusMode), Escape always leaves when no
// widget of the editor (suggestions, find, a second cursor) is open, and Ctrl+M switches
// Tab-to-indent for every editor at once, as the hint beside each editor says.
import type * as Monaco from "monaco-editor";
import { focusAfter, focusBefore, getTabIndents, setTabIndents, subscribeTabIndents } from "./tab-keys";

/** Sets the editor up and returns what undoes it (the subscription to the shared choice). */
export function keyboardExits(editor: Monaco.editor.IStandaloneCodeEditor, monaco: typeof Monaco): () => void {
  const apply = () => editor.updateOptions({ tabFocusMode: !getTabIndents() });
  apply();
  // Actions, not addCommand: a command's keybinding is shared by every editor on the page and runs
  // the handler of the last one created, whichever has the focus.
  editor.addAction({
    id: "dagger-helm.toggle-tab-indents",
    label: "Tab indents (on or off)",
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM],
    run: () => setTabIndents(!getTabIndents()),
  });
  editor.addAction({
    id: "dagger-helm.leave-editor",
    label: "Leave the editor",
    keybindings: [monaco.KeyCode.Escape],
    precondition: "editorTextFocus && !suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !inSnippetMode && !editorHasMultipleSelections && !markersNavigationVisible",
    run: (current) => {
      const node = current.getDomNode();
      if (node) focusAfter(node);
    },
  });
  // Tab and Shift+Tab take a suggestion in Monaco whenever the list is open, even one that changes
  // nothing: the word just typed, in a list that opened a moment late. They leave then, as they
  // would without the list (Tab-to-indent off); a suggestion that completes the word still takes them.
  for (const [key, leave, direction] of [
    [monaco.KeyCode.Tab, focusAfter, "forward"],
    [monaco.KeyMod.Shift | monaco.KeyCode.Tab, focusBefore, "backward"],
  ] as const) {
    editor.addAction({
      id: `dagger-helm.leave-past-suggestion-${direction}`,
      label: `Leave the editor ${direction}`,
      keybindings: [key],
      precondition: "suggestWidgetVisible && textInputFocus && editorTabMovesFocus && !suggestionMakesTextEdit",
      run: (current) => {
        current.trigger("keyboard", "hideSuggestWidget", null);
        const node = current.getDomNode();
        if (node) leave(node);
      },
    });
  }
  return subscribeTabIndents(apply);
}
