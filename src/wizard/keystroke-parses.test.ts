// Each text is read once: what one keystroke costs in YAML parses, on the page (a form field's
// write) and in the worker that reads the text for the preview, the form, the editor's markers and
// the copy saved in the browser. The two are separate module instances here, as they are separate
// threads in the wizard: neither sees the other's caches.
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";

const parses = vi.hoisted(() => new Map<string, number>());

vi.mock("../yaml/yaml11", async (importOriginal) => {
  const original = await importOriginal<typeof import("../yaml/yaml11")>();
  return {
    ...original,
    parseYaml11Document: (text: string) => {
      parses.set(text, (parses.get(text) ?? 0) + 1);
      return original.parseYaml11Document(text);
    },
  };
});

// values.yaml texts are read as Helm reads them (documents, merge keys, go-yaml's rules) here.
vi.mock("../yaml/go-read", async (importOriginal) => {
  const original = await importOriginal<typeof import("../yaml/go-read")>();
  return {
    ...original,
    readYaml11: (text: string) => {
      parses.set(text, (parses.get(text) ?? 0) + 1);
      return original.readYaml11(text);
    },
  };
});

const RELEASE = { name: "dagger", namespace: "dagger" };

async function realms() {
  vi.resetModules();
  const page = await import("./field-write");
  vi.resetModules();
  const reading = await import("./wizard-reading");
  const secretText = await import("./secret-text");
  /** What the worker does for each new text: the reading (values, problems, markers, manifests, changes). */
  const worker = (valuesText: string) => {
    const read = reading.wizardReading({ release: RELEASE, valuesText, changes: true });
    expect(read.values.ok && read.values.reading.secret).toBe("a-long-secret-token");
  };
  /** What the worker does once typing pauses: the copy to save, without the token. */
  const save = (valuesText: string) => {
    const cleared = secretText.textWithoutSecrets(valuesText);
    expect(cleared.ok && cleared.text).not.toContain("a-long-secret-token");
  };
  return { page, worker, save };
}

/**
 * The values worker with a large text: the field's writes and the readings in one module
 * instance, as the worker makes both; `read` gives the whole reading back.
 */
async function workerRealm() {
  vi.resetModules();
  const write = await import("./field-write");
  const reading = await import("./wizard-reading");
  const { textWithoutSecrets: save } = await import("./secret-text");
  const read = (valuesText: string) => reading.wizardReading({ release: RELEASE, valuesText, changes: true });
  return { write, read, save };
}

/** The worker realm's reading of a text equals a reading of it in a module instance with empty caches. */
async function expectReadAsAfresh(read: (valuesText: string) => unknown, text: string): Promise<void> {
  vi.resetModules();
  const fresh = await import("./wizard-reading");
  const afresh = fresh.wizardReading({ release: RELEASE, valuesText: text, changes: true });
  expect(JSON.parse(JSON.stringify(read(text)))).toEqual(JSON.parse(JSON.stringify(afresh)));
  parses.clear();
}

/**
 * The whole texts one keystroke parsed, each once; the count is emptied for the next. A check of
 * one scalar spliced into a text (the scalar, or a line of its own) is left out: those cost what
 * the scalar costs, not what the text does.
 */
function keystroke(): string[] {
  const made = [...parses];
  parses.clear();
  for (const [text, count] of made) expect(count, `parsed ${count} times:\n${text}`).toBe(1);
  return made.map(([text]) => text).filter((text) => text.includes("magicache:"));
}

const START = `# our engine
nameOverride: dagger
engine:
  # environment
  env:
    - name: A
      value: "1"
  kinds: typo # an unknown key: a problem with a place in the text
magicache:
  enabled: true
  token: a-long-secret-token
`;

describe("one keystroke parses each text at most once", () => {
  beforeEach(() => parses.clear());

  it("typing into a values field, then into the values.yaml editor, then into the field again", async () => {
    const { page, worker, save } = await realms();
    worker(START);
    expect(keystroke()).toEqual([START]);

    // The first key in a field: the page reads the text once to edit it; the worker reads the new
    // text as one scalar changed in the document it read (the token in it changes nothing).
    const first = page.writeField(START, "nameOverride", "daggerx").text;
    worker(first);
    expect(keystroke()).toEqual([START]);

    // The next keys: the page edits the document it wrote, the worker the one it read: no parse.
    let text = first;
    for (const name of ["daggerxy", "daggerxyz", "daggerxy"]) {
      text = page.writeField(text, "nameOverride", name).text;
      worker(text);
      expect(keystroke()).toEqual([]);
    }

    // A key typed in the editor: only the worker reads the text.
    const typed = text.replace("env:", "env: # typed");
    worker(typed);
    expect(keystroke()).toEqual([typed]);

    // Back in the field: the page has no document of the typed text yet, and reads it once.
    const again = page.writeField(typed, "nameOverride", "dagger").text;
    worker(again);
    expect(keystroke()).toEqual([typed]);

    // Typing pauses: the save reads the worker's reading of the text (no parse) and checks the
    // copy it made without the token, once per save rather than once per keystroke.
    save(again);
    const saved = keystroke();
    expect(saved).toHaveLength(1);
    expect(saved[0]).not.toContain("a-long-secret-token");

    // And the reading stays: the next key after the save is read as before, without a parse.
    const next = page.writeField(again, "nameOverride", "daggerq").text;
    worker(next);
    expect(keystroke()).toEqual([]);
  });

  it("a large text written in the values worker is read there without a parse: the write's document is the reading's", async () => {
    const { write, read } = await workerRealm();
    read(START);
    expect(keystroke()).toEqual([START]);

    // Each write's new text is read without a parse, and nothing else of the user's is parsed
    // (the splice checks its scalar on its own; the copy without the token waits for the save).
    let text = START;
    for (const name of ["daggerx", "daggerxy", "daggerxyz", "daggerxy"]) {
      text = write.writeField(text, "nameOverride", name).text;
      const again = read(text);
      expect(keystroke(), `texts parsed for the written text\n${text}`).toEqual([]);
      expect(again.values.ok && again.values.reading.userValues).toMatchObject({ nameOverride: name });
      parses.clear();
    }
    // What the reading says of the written text is what it says of the same text parsed afresh.
    await expectReadAsAfresh(read, text);
  });

  it("typing in a field, then in the values.yaml editor, then in the field again costs the worker no parse", async () => {
    const { write, read } = await workerRealm();
    read(START);
    parses.clear();
    // The field's writes: the write's document is the reading's.
    let text = write.writeField(START, "nameOverride", "daggerx").text;
    read(text);
    expect(keystroke()).toEqual([]);
    // A letter typed in the editor, in the value the field wrote: the reading takes the writer's
    // document over (the writer lets go of it) instead of parsing the text.
    for (const name of ["daggerxy", "daggerxyz"]) {
      text = text.replace(/^nameOverride: .*$/m, `nameOverride: ${name}`);
      const reading = read(text);
      expect(keystroke(), `texts parsed for the typed text\n${text}`).toEqual([]);
      expect(reading.values.ok && reading.values.reading.userValues).toMatchObject({ nameOverride: name });
    }
    // Back in the field: the write finds the reading's document, and the next reading the write's.
    text = write.writeField(text, "nameOverride", "dagger").text;
    const again = read(text);
    expect(keystroke()).toEqual([]);
    expect(again.values.ok && again.values.reading.userValues).toMatchObject({ nameOverride: "dagger" });
    await expectReadAsAfresh(read, text);
  });

  it("a word typed in the values.yaml editor is read in the worker without a parse of the new text", async () => {
    const { read } = await workerRealm();
    const start = START.replace("  token: a-long-secret-token\n", "");
    read(start);
    parses.clear();
    let text = start;
    for (const [from, to] of [
      ["nameOverride: dagger", "nameOverride: daggerx"],
      ["nameOverride: daggerx", "nameOverride: daggerxy"],
      ["value: \"1\"\n  kinds: typo", "value: \"1\"\n  kinds: typos"],
    ]) {
      text = text.replace(from!, to!);
      const reading = read(text);
      expect(parses.get(text) ?? 0, `parses of the typed text\n${text}`).toBe(0);
      expect(reading.values.ok).toBe(true);
      parses.clear();
    }
    // What the reading says of the typed text (values, problems at their places, manifests) is what it says of the same text parsed afresh.
    await expectReadAsAfresh(read, text);
  });

  it("the copy without the token, made from a written text's document, leaves the writer's document alone", async () => {
    const { write, read, save } = await workerRealm();
    read(START);
    // A scalar typed in place: the reading finds the writer's document in the cache and makes the
    // copy to save without the token (removing its node from a document of its own).
    let text = write.writeField(START, "nameOverride", "daggerx").text;
    read(text);
    expect(save(text)).toMatchObject({ ok: true });
    text = write.writeField(text, "nameOverride", "daggerxy").text;
    read(text);
    // A write that prints the whole document (a new list entry) still has the token to print.
    text = write.writeField(text, "engine.env", [
      { name: "A", value: "1" },
      { name: "B", value: "2" },
    ]).text;
    expect(text).toContain("token: a-long-secret-token");
    expect(text).toContain("nameOverride: daggerxy");
    parses.clear();
  });

  it("the values a field write hands back are the values its text reads as", async () => {
    const { page } = await realms();
    // A reader of its own (realms() left the page's modules behind): the page's cache holds the
    // documents its writes made, and reading through it would compare the write with itself.
    vi.resetModules();
    const { parseValuesText } = await import("../document/values-document");
    const write = fc.oneof(
      fc.record({ path: fc.constant("nameOverride"), value: fc.constantFrom("x", "yes", "0644", "", undefined) }),
      fc.record({ path: fc.constant("engine.env"), value: fc.array(fc.record({ name: fc.constantFrom("A", "B", "on"), value: fc.constantFrom("1", "true", "x y") }), { maxLength: 3 }) }),
      fc.record({ path: fc.constant("engine.env[0].value"), value: fc.constantFrom("2", undefined) }),
      fc.record({ path: fc.constant("engine.port"), value: fc.constantFrom(1234, undefined) }),
      fc.record({ path: fc.constant("engine.labels"), value: fc.dictionary(fc.constantFrom("team", "on", "a.b/c"), fc.constantFrom("x", "1", "null")) }),
      fc.record({ path: fc.constant("engine.securityContext.runAsUser"), value: fc.constantFrom(1000, undefined) }),
      fc.record({ path: fc.constant("engine.readinessProbe"), value: fc.constantFrom(undefined, { exec: { command: ["true"] } }) }),
      fc.record({ path: fc.constant("magicache.enabled"), value: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 6 }), (writes) => {
        let text = START;
        for (const { path, value } of writes) {
          let written: { text: string; values: unknown };
          try {
            written = page.writeField(text, path, value);
          } catch {
            continue; // a path through a list item that is not there
          }
          const read = parseValuesText(written.text);
          expect(read.ok && read.values, `${path} = ${JSON.stringify(value)} in\n${text}`).toEqual(written.values);
          text = written.text;
        }
      }),
      { numRuns: 150 },
    );
  });
});
