// The narrative of a Word report: every paragraph of word/document.xml outside the forms, with
// its text exactly as written and where each character sits (which run, which w:t), so that a
// comment can later be anchored at a number. Forms (and paragraphs inside their cells) are the
// importer's business, not narrative; a table that is not a form (text laid out in a table, which
// the importer skips) is read as narrative, cell by cell.
import { childrenOf, tagOf, textOf, WRAPPERS, type XmlNode } from '../import/ooxml-nodes.ts'

/** A stretch of a paragraph's text that comes from one child of a run. */
export type TextPiece = {
  start: number
  end: number
  /** the run (w:r) holding it, and the array (paragraph or wrapper children) holding the run */
  run: XmlNode
  siblings: XmlNode[]
  /** the child of the run: a w:t with text, or a w:tab / w:br standing for one character */
  child: XmlNode
}

export type DocxParagraph = { node: XmlNode; text: string; pieces: TextPiece[] }

/**
 * The w:body's paragraphs outside the forms, in document order; empty ones are left out.
 * `layoutTables` are the numbers (1-based, counted as the importer counts them: "表格3") of the
 * tables that are not forms — text laid out in a table — whose cells' paragraphs are narrative.
 */
export function narrativeParagraphs(root: XmlNode[], layoutTables: ReadonlySet<number> = new Set()): DocxParagraph[] {
  const body = findFirst(root, 'w:body')
  const out: DocxParagraph[] = []
  let tables = 0
  const push = (node: XmlNode) => {
    const p = readParagraph(node)
    if (p.text.trim() !== '') out.push(p)
  }
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'w:p') push(node)
      else if (tag === 'w:tbl') {
        if (layoutTables.has(++tables)) cellParagraphs(node, push)
      } else if (tag && WRAPPERS.has(tag)) visit(childrenOf(node))
    }
  }
  visit(body ? childrenOf(body) : [])
  return out
}

/** Every paragraph inside a table's cells, row by row (nested tables included). */
function cellParagraphs(node: XmlNode, push: (p: XmlNode) => void): void {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === 'w:p') push(child)
    else if (tag && (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || WRAPPERS.has(tag))) {
      cellParagraphs(child, push)
    }
  }
}

/** The tables the importer skipped as not being forms, from its TABLE_SKIPPED notices ("表格3 · 第1行"). */
export function layoutTablesOf(
  notices: readonly { code: string; path?: string; where?: string | null }[],
): Set<number> {
  const out = new Set<number>()
  for (const n of notices) {
    const m = n.code === 'TABLE_SKIPPED' ? /^表格(\d+)/.exec(n.path ?? n.where ?? '') : null
    if (m) out.add(Number(m[1]))
  }
  return out
}

/** A paragraph's text and pieces (read again after its runs are split). */
export function readParagraph(p: XmlNode): DocxParagraph {
  let text = ''
  const pieces: TextPiece[] = []
  const inRun = (run: XmlNode, siblings: XmlNode[]) => {
    for (const child of childrenOf(run)) {
      const t = runChildText(child)
      if (t === null || t === '') continue
      pieces.push({ start: text.length, end: text.length + t.length, run, siblings, child })
      text += t
    }
  }
  const visit = (node: XmlNode) => {
    const children = childrenOf(node)
    for (const child of children) {
      const tag = tagOf(child)
      if (tag === 'w:r') inRun(child, children)
      else if (tag && WRAPPERS.has(tag)) visit(child)
    }
  }
  visit(p)
  return { node: p, text, pieces }
}

/** The text a child of a run shows: w:t its text, w:tab a tab, w:br a line break; null for the rest. */
export function runChildText(child: XmlNode): string | null {
  switch (tagOf(child)) {
    case 'w:t':
      return childrenOf(child).map(textOf).join('')
    case 'w:tab':
      return '\t'
    case 'w:br':
    case 'w:cr':
      return '\n'
    case 'w:noBreakHyphen':
      return '-'
    default:
      return null
  }
}

export function findFirst(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node
    const inner = findFirst(childrenOf(node), tag)
    if (inner) return inner
  }
  return undefined
}
