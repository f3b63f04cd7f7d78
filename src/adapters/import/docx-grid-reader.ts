// Word tables straight from word/document.xml: every top-level w:tbl becomes a cell grid with
// horizontal merges (w:gridSpan, legacy w:hMerge), vertical merges (w:vMerge — Word writes a
// bare <w:vMerge/> for "continue", the docx library w:val="continue") and indented rows
// (w:gridBefore) resolved. A merged cell's text sits in its top-left position, covered ones are ''.
import type JSZip from 'jszip'
import { InputError } from '../../core/input-error.ts'
import { cleanCellText } from './cell-text.ts'
import { attrOf, childByTag, childrenOf, parseXml, tagOf, textOf, WRAPPERS, type XmlNode } from './ooxml-nodes.ts'
import type { Covered, SourceDocument, SourceTable } from './source-table.ts'
import { ZipParts } from './zip-parts.ts'

/** Content that is not visible text. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:rPr',
  'w:pPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:instrText',
  'w:delText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
])

export async function readDocx(zip: JSZip, fileName: string): Promise<SourceDocument> {
  const xml = await new ZipParts(zip, fileName).text('word/document.xml')
  if (xml === null) {
    throw new InputError([
      {
        file: fileName,
        path: '$',
        message: '不是 Word 文档：压缩包中没有 word/document.xml，请用 Word 另存为 .docx 后再导入',
        messageEn: 'not a Word document: the zip has no word/document.xml',
      },
    ])
  }
  const root = parseXml(xml)
  const body = findFirst(root, 'w:body')
  const tables: SourceTable[] = []
  const paragraphs: string[] = []
  let pending: string[] = []
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'w:tbl') {
        tables.push(tableToSource(node, tables.length + 1, pending.slice(-5)))
        pending = []
      } else if (tag === 'w:p') {
        const text = cleanCellText(paragraphText(node))
        if (text) {
          paragraphs.push(text)
          pending.push(text)
        }
      } else if (tag && WRAPPERS.has(tag)) {
        visit(childrenOf(node))
      }
    }
  }
  visit(body ? childrenOf(body) : [])
  return { tables, paragraphs }
}

function findFirst(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node
    const inner = findFirst(childrenOf(node), tag)
    if (inner) return inner
  }
  return undefined
}

/** Children with the given tag, looking through wrappers (w:sdt around rows or cells). */
function collect(node: XmlNode, tag: string): XmlNode[] {
  const out: XmlNode[] = []
  for (const child of childrenOf(node)) {
    const t = tagOf(child)
    if (t === tag) out.push(child)
    else if (t && WRAPPERS.has(t)) out.push(...collect(child, tag))
  }
  return out
}

function intAttr(node: XmlNode | undefined, fallback: number): number {
  const v = node ? Number(attrOf(node, 'w:val')) : NaN
  return Number.isInteger(v) && v > 0 ? v : fallback
}

function tableToSource(tbl: XmlNode, index: number, context: string[]): SourceTable {
  const rows: string[][] = []
  const covered: Covered[][] = []
  for (const tr of collect(tbl, 'w:tr')) {
    const trPr = childByTag(tr, 'w:trPr')
    let col = intAttr(trPr && childByTag(trPr, 'w:gridBefore'), 0)
    const row: string[] = Array.from({ length: col }, () => '')
    const cover: Covered[] = Array.from({ length: col }, () => null)
    for (const tc of collect(tr, 'w:tc')) {
      const tcPr = childByTag(tc, 'w:tcPr')
      const span = intAttr(tcPr && childByTag(tcPr, 'w:gridSpan'), 1)
      const vMerge = tcPr && childByTag(tcPr, 'w:vMerge')
      const hMerge = tcPr && childByTag(tcPr, 'w:hMerge')
      // A missing w:val means "continue" for both kinds of merge.
      const up = vMerge !== undefined && attrOf(vMerge, 'w:val') !== 'restart'
      const left = hMerge !== undefined && attrOf(hMerge, 'w:val') !== 'restart'
      row[col] = up || left ? '' : cellText(tc)
      cover[col] = up ? 'up' : left ? 'left' : null
      for (let k = 1; k < span; k++) {
        row[col + k] = ''
        cover[col + k] = up ? 'up' : 'left'
      }
      col += span
    }
    rows.push(row)
    covered.push(cover)
  }
  const width = Math.max(0, ...rows.map((r) => r.length))
  for (const r of rows) while (r.length < width) r.push('')
  return {
    name: `表格${index}`,
    rows,
    aligned: true,
    covered: (row, col) => covered[row]?.[col] ?? null,
    context,
    where: (row, col, label) =>
      `表格${index} · 第${row + 1}行${label ? ` · ${label}` : col !== undefined ? ` · 第${col + 1}列` : ''}`,
  }
}

/** Paragraphs of a cell joined by line breaks; a nested table contributes its rows. */
function cellText(tc: XmlNode): string {
  const lines: string[] = []
  const visit = (node: XmlNode) => {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child)
      if (tag === 'w:p') lines.push(paragraphText(child))
      else if (tag === 'w:tbl') {
        for (const tr of collect(child, 'w:tr')) lines.push(collect(tr, 'w:tc').map(cellText).join(' '))
      } else if (tag && WRAPPERS.has(tag)) visit(child)
    }
  }
  visit(tc)
  return cleanCellText(lines.join('\n'))
}

function paragraphText(p: XmlNode): string {
  let out = ''
  const visit = (node: XmlNode) => {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child)
      if (tag === null) continue
      if (SKIPPED.has(tag)) continue
      switch (tag) {
        case 'w:t':
          out += childrenOf(child).length ? childrenOf(child).map(textOf).join('') : ''
          break
        case 'w:tab':
          out += '\t'
          break
        case 'w:br':
        case 'w:cr':
          out += '\n'
          break
        case 'w:noBreakHyphen':
          out += '-'
          break
        default:
          visit(child)
      }
    }
  }
  visit(p)
  return out
}
