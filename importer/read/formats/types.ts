/** What a format reader gives back: the article's text and any metadata the file itself carries. */
export interface FormatText {
  text: string;
  /** Metadata found in the page itself (HTML meta tags, PDF info): used where valid, never an error. */
  detected?: Record<string, unknown>;
  /** A front-matter block the author wrote: validated strictly, errors name its line in the file. */
  frontMatter?: { yaml: string; line: number };
}
