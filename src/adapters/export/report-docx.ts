// The assembled report as a Word file: title, the headings 四、五 (and the variance
// explanations), each line of a section a 公文 paragraph (仿宋, first line indented two
// characters), bold kept from the markdown, a 【待核实】 notice in red.
import { AlignmentType, Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx'
import { Lexer, type Token, type Tokens } from 'marked'
import type { ReportDocument } from '../../app/report.ts'

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' }
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' }
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' }
/** three-号 type (16 pt) in half-points, and two characters of it in twips */
const BODY_SIZE = 32
const INDENT_TWO_CHARS = 640

type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'strike'>

export async function reportToDocx(doc: ReportDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new TextRun({ text: doc.title, bold: true, size: 44, font: TITLE_FONT })],
    }),
  ]
  for (const part of doc.parts) {
    children.push(heading(part.heading, 1))
    if (part.placeholder) children.push(body([new TextRun({ text: part.placeholder, italics: true })]))
    for (const block of part.blocks) {
      if (block.subheading) children.push(heading(block.subheading, 2))
      children.push(...markdownParagraphs(block.text))
      if (block.flag) children.push(body([new TextRun({ text: block.flag, bold: true, color: 'C00000' })]))
    }
  }
  const document = new Document({
    creator: 'jixiao',
    title: doc.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    indent: { firstLine: INDENT_TWO_CHARS },
    children: [new TextRun({ text, bold: level === 2, font: level === 1 ? HEADING_FONT : BODY_FONT })],
  })
}

function body(runs: TextRun[]): Paragraph {
  return new Paragraph({
    indent: { firstLine: INDENT_TWO_CHARS },
    spacing: { line: 560, lineRule: 'exact' },
    children: runs,
  })
}

/** Block tokens → paragraphs; a line break inside a markdown paragraph starts a new one. */
function markdownParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const walk = (tokens: Token[], prefix = '') => {
    for (const t of tokens) {
      switch (t.type) {
        case 'space':
        case 'hr':
          break
        case 'heading':
          out.push(...lines((t as Tokens.Heading).tokens, { bold: true }))
          break
        case 'paragraph':
          out.push(...lines((t as Tokens.Paragraph).tokens, {}, prefix))
          break
        case 'list': {
          const list = t as Tokens.List
          list.items.forEach((item, i) => {
            const marker = list.ordered ? `${Number(list.start || 1) + i}. ` : '· '
            walk(item.tokens, marker)
          })
          break
        }
        case 'text': {
          const inner = (t as Tokens.Text).tokens
          out.push(...lines(inner ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text }], {}, prefix))
          break
        }
        case 'blockquote':
          walk((t as Tokens.Blockquote).tokens)
          break
        default:
          out.push(body([new TextRun({ text: prefix + ('text' in t ? String(t.text) : t.raw) })]))
      }
      prefix = ''
    }
  }
  walk(new Lexer({ gfm: true, breaks: true }).lex(text))
  return out
}

function lines(tokens: Token[], style: RunStyle, prefix = ''): Paragraph[] {
  const groups: TextRun[][] = [[]]
  if (prefix) groups[0]!.push(new TextRun({ text: prefix }))
  const add = (ts: Token[], s: RunStyle) => {
    for (const t of ts) {
      if (t.type === 'br') groups.push([])
      else if (t.type === 'strong') add((t as Tokens.Strong).tokens, { ...s, bold: true })
      else if (t.type === 'em') add((t as Tokens.Em).tokens, { ...s, italics: true })
      else if (t.type === 'del') add((t as Tokens.Del).tokens, { ...s, strike: true })
      else if (t.type === 'link') add((t as Tokens.Link).tokens, s)
      else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) add(t.tokens, s)
      else {
        const value = 'text' in t ? String(t.text) : t.raw
        const parts = value.split('\n')
        parts.forEach((p, i) => {
          if (i > 0) groups.push([])
          if (p) groups.at(-1)!.push(new TextRun({ text: unescapeMarkdown(p), ...s }))
        })
      }
    }
  }
  add(tokens, style)
  return groups.filter((g) => g.length).map(body)
}

/** marked keeps HTML entities in text tokens ("&amp;"); Word wants the characters. */
function unescapeMarkdown(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
  )
}
