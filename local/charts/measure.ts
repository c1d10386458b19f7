// How wide a line of text will be, measured without a font engine and on the safe side: the chart's
// label column is sized from this, so an estimate that is too small would clip the long Thai
// indicator names. Thai marks above and below a consonant (tone marks, upper and lower vowels) take
// no width of their own; every other character is counted as wide as the widest of its kind.

/** Thai combining marks: Mai Han-Akat, the upper and lower vowels, the tone marks and their kin. */
const THAI_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

/** Width of one character as a share of the font size (Laksaman and Noto Sans Thai, rounded up). */
function advance(ch: string): number {
  if (THAI_MARK.test(ch)) return 0;
  if (/[\u0E00-\u0E7F]/u.test(ch)) return 0.62;
  if (/[ ]/u.test(ch)) return 0.3;
  if (/[0-9.,:()/-]/u.test(ch)) return 0.58;
  if (/[A-Z@MW]/u.test(ch)) return 0.75;
  return 0.6;
}

/** Width in pixels of `text` in a `fontSize` px font, never less than it renders at (see above). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += advance(ch);
  return units * fontSize;
}

/** The characters of `text` grouped so that a Thai mark stays with the consonant it sits on. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length && THAI_MARK.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/**
 * `text` broken into lines no wider than `width`: at spaces where it can, else between character
 * clusters (Thai writes no spaces between words), never inside a cluster.
 */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/u)) {
    if (textWidth(line + word, fontSize) <= width) {
      line += word;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const cluster of clusters(word)) {
      if (line && textWidth(line + cluster, fontSize) > width) {
        lines.push(line);
        line = '';
      }
      line += cluster;
    }
  }
  if (line.trim() || !lines.length) lines.push(line.trimEnd());
  return lines;
}
