// The keys that leave a Monaco editor (tab-keys.ts holds the choice): Tab and Shift+Tab move focus
// unless the user turned Tab-to-indent on (Monaco's tabFocusMode), Escape always leaves when no
// widget of the editor (suggestions, find, a second cursor) is open, and Ctrl+M switches
// Tab-to-indent for every editor at once, as the hint beside each editor says.
import type * as Monaco from "monaco-editor";
import { focusAfter, getTabIndents, setTabIndents, subscribeTabIndents } from "./tab-keys";

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
  return subscribeTabIndents(apply);
}
