/**
 * A report query as it runs: the text of its `.sql` file with each `{{name}}` replaced by the part of that name
 * (another query's text, e.g. the report scope). Done once, when the module loads; an unknown part is a bug.
 */
export function sqlOf(text: string, parts: Readonly<Record<string, string>> = {}): string {
  return text.trimEnd().replace(/\{\{([\w-]+)\}\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`No part "${name}" for this query`);
    return part;
  });
}
