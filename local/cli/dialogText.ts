// What a dialog or sidebar shows, as a line for the terminal: the HTML a script hands to
// showModalDialog is markup a person never reads, so the CLI prints its visible text (and, for the
// add-in's dialogs that fill themselves from a `show({...})` call, the data they show).

/** The text a person would read in the dialog whose HTML is `html`. */
export function dialogText(html: string): string {
  const filled = /\bshow\((\{[\s\S]*\})\)\s*;?\s*<\/script>/.exec(html);
  if (filled) {
    try {
      const data = JSON.parse(filled[1]) as Record<string, unknown>;
      const parts = ['th', 'en'].map((k) => data[k]).filter((v): v is string => typeof v === 'string');
      if (typeof data.link === 'string') parts.push(data.link);
      if (parts.length) return parts.join(' / ');
    } catch {
      // Not JSON: fall back to the visible text.
    }
  }
  return html
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
