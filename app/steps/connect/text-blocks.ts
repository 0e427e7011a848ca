// The Connect step shows the core's NOTES texts (the same words Helm prints after install). They
// are written as lines for a terminal: prose hard-wrapped without indent, commands indented by 2.
// On the page, prose reflows as paragraphs and commands keep their lines in code blocks.

export type TTextBlock = { kind: "prose" | "code"; text: string };

/** The NOTES-style text as paragraphs and code blocks, in order. */
export function textBlocks(text: string): TTextBlock[] {
  const blocks: TTextBlock[] = [];
  let current: { kind: TTextBlock["kind"]; lines: string[] } | undefined;
  const close = () => {
    if (current) blocks.push({ kind: current.kind, text: current.lines.join(current.kind === "code" ? "\n" : " ") });
    current = undefined;
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      close();
      continue;
    }
    const kind = line.startsWith("  ") ? "code" : "prose";
    if (current?.kind !== kind) {
      close();
      current = { kind, lines: [] };
    }
    current.lines.push(kind === "code" ? line.slice(2) : line.trim());
  }
  close();
  return blocks;
}
