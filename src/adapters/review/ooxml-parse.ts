// word/document.xml parsed for reading a report's narrative and writing it back with comments.
// The reading is the importer's (../import/ooxml-nodes.ts), numeric character references
// (&#x4E2D; &#20013;) decoded: left encoded, they would read as literal text and the builder
// would write them back as "&amp;#x4E2D;", changing the document.
import { XMLBuilder } from 'fast-xml-parser'
import { parseXml, type XmlNode } from '../import/ooxml-nodes.ts'

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  format: false,
})

export function parseDocumentXml(xml: string): XmlNode[] {
  return parseXml(xml)
}

export function buildDocumentXml(nodes: XmlNode[]): string {
  return builder.build(nodes) as string
}
