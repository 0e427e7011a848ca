// The `yaml` package reports an unclosed `[`, `{` or quote where it gave up reading (the next
// line that is not indented enough, or the end of the file), which can be many lines below the
// mistake. A user fixes it where it starts: this finds the collection or string the error is
// about (it ends where the parser gave up) and points there. The package has no such position of
// its own, hence this small walk.
import { isCollection, isMap, isScalar, isSeq, visit, type Document, type YAMLError } from "yaml";
import type { YamlProblem } from "./go-values";

const UNCLOSED_FLOW = /end with an? ([\]}])/;
const UNCLOSED_QUOTE = /^Missing closing (["'])quote/;

/** The problem at the place the unclosed thing opens; undefined for any other error. */
export function unclosedProblem(doc: Document, error: YAMLError): YamlProblem | undefined {
  const flow = UNCLOSED_FLOW.exec(error.message);
  const quote = UNCLOSED_QUOTE.exec(error.message);
  if (!flow && !quote) return undefined;
  const at = error.pos[0];
  let start: number | undefined;
  visit(doc, (_key, node) => {
    const range = isCollection(node) || isScalar(node) ? node.range : undefined;
    if (!range || range[0] >= at || range[1] < at) return;
    const fits = flow
      ? isCollection(node) && Boolean(node.flow) && (flow[1] === "]" ? isSeq(node) : isMap(node))
      : isScalar(node) && node.type === (quote?.[1] === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE");
    // The outermost one: in `[a, [b` the first `[` is the one never closed.
    if (fits && (start === undefined || range[0] < start)) start = range[0];
  });
  if (start === undefined) return undefined;
  const message = flow
    ? `the ${flow[1] === "]" ? "list opened with [" : "mapping opened with {"} here is not closed: end it with ${flow[1]} (lines that continue it must be indented more than its key)`
    : `the string opened with ${quote?.[1]} here is not closed: end it with ${quote?.[1]}`;
  return { message, offset: start };
}
