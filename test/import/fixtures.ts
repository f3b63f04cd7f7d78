// Fixtures for the import tests, generated with the same writers users may later get: the seed's
// two tables in its local layout, and a national-template table (test/fixtures/import).
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import type { ProjectTableJson } from '../../src/adapters/import/import-types.ts'

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ProjectTableJson

export const SEED_TEXT_PATH = 'test/fixtures/seed/000_f391e55dc884f009.txt'
export const seedText = () => readFileSync(SEED_TEXT_PATH, 'utf8')

/** data/samples holds the canonical JSON of ../shared/examples, byte for byte. */
export const zongzhi = () => json('data/samples/zongzhi-2022.json')
export const sixing = () => json('data/samples/sixing-xiaoqu-2022.json')
export const seedTables = () => [zongzhi(), sixing()]
export const national = () => json('test/fixtures/import/national-2022.json')

/** The department report heading that gives the seed's tables their year. */
export const SEED_REPORT_HEADING = '南岳区政法委2022年度部门整体支出绩效评价报告'

export const utf8 = (text: string) => new TextEncoder().encode(text)

/** Text a user typed that looks like markup: written as &amp; and &amp;#12290;, read back as typed. */
export const TYPED_ENTITY_TEXT = '研发（R&D）经费，见附件&#12290;'

/**
 * The seed's tables, one reason cell holding TYPED_ENTITY_TEXT, written by `write`, then `part`
 * rewritten as a writer that spells non-ASCII characters as references would: every 。, 中 and
 * 平 becomes &#x…; or &#…;, in turn. `xml` is the part as written, `referenced` as rewritten.
 */
export async function withCharacterReferences(
  write: (tables: ProjectTableJson[]) => Promise<Uint8Array>,
  part: string,
): Promise<{ tables: ProjectTableJson[]; bytes: Uint8Array; xml: string; referenced: string }> {
  const tables = seedTables()
  tables[0]!.funding[0]!.reason = TYPED_ENTITY_TEXT
  const zip = await JSZip.loadAsync(await write(tables))
  const xml = await zip.file(part)!.async('string')
  let n = 0
  const referenced = xml.replace(/[\u3002\u4e2d\u5e73]/g, (c) => {
    const code = c.codePointAt(0)!
    return n++ % 2 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`
  })
  zip.file(part, referenced)
  return { tables, bytes: await zip.generateAsync({ type: 'uint8array' }), xml, referenced }
}
