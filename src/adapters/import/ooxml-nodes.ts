// Navigating fast-xml-parser's ordered output (preserveOrder): each node is an object with one
// tag key holding its children, an optional ':@' holding its attributes, or '#text'.
import { XMLParser } from 'fast-xml-parser'

export type XmlNode = Record<string, unknown>

/** The ordered, untouched reading the importer and the review's writer rely on. */
const ORDERED_XML = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
} as const

/**
 * Numeric character references (&#12290; &#x3002;), which some writers use for every non-ASCII
 * character, are decoded with the named entities: left alone they would reach a cell as literal
 * text, and the review's writer would write them back as "&amp;#…;". Each is decoded once:
 * "&amp;#12290;" is the text "&#12290;", as Word shows it. (The option also knows HTML's names,
 * which a Word part cannot hold: XML has no &nbsp; without a DTD.)
 */
const parser = new XMLParser({ ...ORDERED_XML, htmlEntities: true })

/**
 * Word's wrappers whose content is shown as if they were not there (content controls, insertions,
 * links, simple fields, moves): around block content, rows, cells or runs.
 */
export const WRAPPERS: ReadonlySet<string> = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:hyperlink',
  'w:fldSimple',
  'w:moveTo',
])

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key
  return null
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node)
  const children = tag ? node[tag] : undefined
  return Array.isArray(children) ? (children as XmlNode[]) : []
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined
  const v = attrs?.[name]
  return v === undefined ? undefined : String(v)
}

export function textOf(node: XmlNode): string {
  const t = node['#text']
  return t === undefined ? '' : String(t)
}

export function childByTag(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag)
}
