// Monaco owns its text while the user types: the form's value comes back a render or more
// later, and setting it then would overwrite what was typed meanwhile. Both editors that write
// into the form (values.yaml, engine.toml/json) remember what they sent, so that they can tell
// their own text coming back from a text they did not send (a preset, a reset, an import).

/** Texts an editor sent to the form that the form has not echoed back yet, oldest first. */
export class SentTexts {
  private texts: string[] = [];

  /** Records an editor change and returns its text with LF line endings (Monaco follows the
   * user's system, CRLF on Windows; these files are for Linux). */
  send(next: string | undefined): string {
    const text = (next ?? "").replace(/\r\n/g, "\n");
    this.texts = [...this.texts.slice(-99), text];
    return text;
  }

  /** Whether a value is one this editor sent (and forgets it and everything older). Any other
   * value clears the record: the form moved on without the editor. */
  isEcho(value: string): boolean {
    const echo = this.texts.indexOf(value);
    if (echo >= 0) {
      this.texts = this.texts.slice(echo + 1);
      return true;
    }
    this.texts = [];
    return false;
  }
}
