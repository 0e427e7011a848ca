// A strict JSON parser that keeps where each value is in the text: what Go's encoding/json
// accepts (no comments, no trailing commas, control characters escaped), with offsets for
// messages and for edits that leave the rest of the text alone. Small on purpose: the wizard
// loads it up front.

export interface JsonNode {
  type: "object" | "array" | "property" | "string" | "number" | "boolean" | "null";
  offset: number;
  length: number;
  /** Scalars' values; a property's key is its first child. */
  value?: unknown;
  /** An object's properties, an array's items, a property's key and value. */
  children?: JsonNode[];
}

export interface JsonSyntaxError {
  message: string;
  offset: number;
  /** Text after the first value, which Go's json.Decoder leaves unread. */
  trailing?: boolean;
}

class Failure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class Parser {
  at = 0;
  constructor(readonly text: string) {}

  space(): void {
    while (this.at < this.text.length && " \t\n\r".includes(this.text[this.at] as string)) this.at++;
  }

  fail(message: string): never {
    throw new Failure(message, this.at);
  }

  expect(char: string, message: string): void {
    if (this.text[this.at] !== char) this.fail(message);
    this.at++;
  }

  value(): JsonNode {
    this.space();
    const char = this.text[this.at];
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"') return this.string();
    if (char === "/") this.fail("comments are not JSON, and the engine refuses them");
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        const node: JsonNode = { type: value === null ? "null" : "boolean", offset: this.at, length: word.length, value };
        this.at += word.length;
        return node;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.at += number[0].length;
      return { type: "number", offset: number.index, length: number[0].length, value: Number(number[0]) };
    }
    return this.fail(char === undefined ? "a value is expected, and the text ends" : "a value is expected");
  }

  string(): JsonNode {
    const start = this.at++;
    let value = "";
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) this.fail("a string is not closed");
      if (char === '"') break;
      if (char < " ") this.fail("a control character in a string must be escaped");
      if (char === "\\") {
        const next = this.text[this.at + 1] as string;
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
          value += String.fromCharCode(parseInt(this.text.slice(this.at + 2, this.at + 6), 16));
          this.at += 6;
          continue;
        }
        if (!(next in ESCAPES)) this.fail("an invalid escape in a string");
        value += ESCAPES[next];
        this.at += 2;
        continue;
      }
      value += char;
      this.at++;
    }
    this.at++;
    return { type: "string", offset: start, length: this.at - start, value };
  }

  items<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    this.at++;
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(item());
      this.space();
      if (this.text[this.at] === close) {
        this.at++;
        return items;
      }
      this.expect(",", `a comma or ${close} is expected`);
      this.space();
      if (this.text[this.at] === close) this.fail("a trailing comma: JSON has none");
    }
  }

  object(): JsonNode {
    const offset = this.at;
    const children = this.items("}", () => {
      this.space();
      if (this.text[this.at] !== '"') this.fail(this.text[this.at] === "/" ? "comments are not JSON, and the engine refuses them" : "a key in double quotes is expected");
      const key = this.string();
      this.space();
      this.expect(":", "a colon is expected after the key");
      const value = this.value();
      return { type: "property", offset: key.offset, length: value.offset + value.length - key.offset, children: [key, value] } as JsonNode;
    });
    return { type: "object", offset, length: this.at - offset, children };
  }

  array(): JsonNode {
    const offset = this.at;
    const children = this.items("]", () => this.value());
    return { type: "array", offset, length: this.at - offset, children };
  }
}

/** The text's first JSON value and its syntax errors; no root when the text holds no value. */
export function parseJsonTree(text: string): { root?: JsonNode; errors: JsonSyntaxError[] } {
  const parser = new Parser(text);
  parser.space();
  if (parser.at === text.length) return { errors: [] };
  try {
    const root = parser.value();
    parser.space();
    const errors = parser.at < text.length ? [{ message: "text after the JSON value", offset: parser.at, trailing: true }] : [];
    return { root, errors };
  } catch (error) {
    if (error instanceof Failure) return { errors: [{ message: error.message, offset: error.offset }] };
    throw error;
  }
}

/** The node at a path of keys and indexes; keys match exactly, else ignoring case (as Go's do). */
export function nodeAtPath(root: JsonNode | undefined, path: readonly (string | number)[]): JsonNode | undefined {
  let node = root;
  for (const part of path) {
    if (!node) return undefined;
    if (typeof part === "number") node = node.type === "array" ? node.children?.[part] : undefined;
    else node = propertyOf(node, part)?.children?.[1];
  }
  return node;
}

/** An object's property of a key: the last one spelled so, else the last one that matches ignoring case. */
export function propertyOf(node: JsonNode | undefined, key: string): JsonNode | undefined {
  const properties = node?.type === "object" ? (node.children ?? []) : [];
  return properties.findLast((p) => p.children?.[0]?.value === key) ?? properties.findLast((p) => String(p.children?.[0]?.value).toLowerCase() === key.toLowerCase());
}
