// The narrative of a Word report: every paragraph of word/document.xml outside the tables, with
// its text exactly as written and where each character sits (which run, which w:t), so that a
// comment can later be anchored at a number. Tables (and paragraphs inside their cells) are the
// importer's business, not narrative.
import { childrenOf, tagOf, textOf, type XmlNode } from '../import/ooxml-nodes.ts'

/** Block or inline wrappers whose content is shown (content controls, insertions, links …). */
const WRAPPERS = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:hyperlink',
  'w:fldSimple',
  'w:moveTo',
])

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

/** The w:body's paragraphs outside tables, in document order; empty ones are left out. */
export function narrativeParagraphs(root: XmlNode[]): DocxParagraph[] {
  const body = findFirst(root, 'w:body')
  const out: DocxParagraph[] = []
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'w:p') {
        const p = readParagraph(node)
        if (p.text.trim() !== '') out.push(p)
      } else if (tag && WRAPPERS.has(tag)) visit(childrenOf(node))
    }
  }
  visit(body ? childrenOf(body) : [])
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
