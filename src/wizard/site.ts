// Where the wizard is served is where its chart repository and schema are: the build puts
// charts/ and values.schema.json beside index.html. These addresses come from the page's own.

export interface SiteAddresses {
  /** The folder the page was served from, without a trailing slash: https://example.com/tools/dagger */
  site: string;
  /** The Helm chart repository: <site>/charts */
  chartsUrl: string;
  /** The values' JSON schema: <site>/values.schema.json */
  schemaUrl: string;
  /** Helm reads repositories over HTTP(S) only; a page opened from a file has none. */
  servedOverHttp: boolean;
}

/** The addresses beside a page: its URL without the page's own name, query and fragment. */
export function siteAddresses(pageUrl: string): SiteAddresses {
  const folder = new URL(".", pageUrl);
  const site = folder.href.replace(/\/+$/, "");
  return {
    site,
    chartsUrl: `${site}/charts`,
    schemaUrl: `${site}/values.schema.json`,
    servedOverHttp: folder.protocol === "https:" || folder.protocol === "http:",
  };
}

/** The line that lets yaml-language-server (VS Code's YAML extension and others) check and complete values.yaml. */
export function schemaModeline(schemaUrl: string): string {
  return `# yaml-language-server: $schema=${schemaUrl}`;
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*[ \t]*(\r?\n|$)/;

/** values.yaml with the schema line first; a schema line the text starts with already is replaced. */
export function withSchemaModeline(valuesText: string, schemaUrl: string): string {
  return `${schemaModeline(schemaUrl)}\n${valuesText.replace(MODELINE, "")}`;
}

/** Whether a comment's text (without "#") is a yaml-language-server line, which has no place inside other files. */
export function isModelineComment(comment: string): boolean {
  return /^\s*yaml-language-server:/.test(comment);
}
