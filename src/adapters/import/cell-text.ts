// Cleaning cell text the same way for every format: line endings, non-breaking and zero-width
// spaces, and the artefacts that Word-to-text converters leave ("[bookmark: _GoBack]").
// Line breaks inside a cell are kept: the canonical format keeps them ("四型平安小区\n以奖代拨经费").

const ARTEFACT = /\[(?:bookmark|BOOKMARK):\s*[^\]]*\]/g

export function cleanCellText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(ARTEFACT, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\t]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

/** Text for comparing labels: no whitespace, half-width colon and brackets, no trailing colon. */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '')
}
