// word/document.xml parsed for reading a report's narrative and writing it back with comments.
// Unlike the importer's parser (../import/ooxml-nodes.ts) it decodes numeric character
// references (&#x4E2D; &#20013;): left encoded, they would read as literal text and the builder
// would write them back as "&amp;#x4E2D;", changing the document. The node shape is the same.
import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import { ORDERED_XML, type XmlNode } from '../import/ooxml-nodes.ts'

const parser = new XMLParser({ ...ORDERED_XML, htmlEntities: true })

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  format: false,
})

export function parseDocumentXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

export function buildDocumentXml(nodes: XmlNode[]): string {
  return builder.build(nodes) as string
}
