/** A message every user-facing text carries in both languages; the UI picks the order by locale. */
export interface Bilingual {
  th: string;
  en: string;
}

/** Joins a message as one line, Thai first, for places that show both (custom-function errors). */
export function bothLanguages(message: Bilingual): string {
  return `${message.th} / ${message.en}`;
}
