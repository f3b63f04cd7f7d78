// Fixtures for the import tests, generated with the same writers users may later get: the seed's
// two tables in its local layout, and a national-template table (test/fixtures/import).
import { readFileSync } from 'node:fs'
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

/**
 * XML as a writer that spells non-ASCII characters as character references would write it: every
 * 。, 中 and 平 becomes &#x…; or &#…;, in turn.
 */
export function withCharacterReferences(xml: string): { xml: string; count: number } {
  let count = 0
  const out = xml.replace(/[\u3002\u4e2d\u5e73]/g, (c) => {
    const code = c.codePointAt(0)!
    return count++ % 2 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};`
  })
  return { xml: out, count }
}

/** Text a user typed that looks like markup: written as &amp; and &amp;#12290;, read back as typed. */
export const TYPED_ENTITY_TEXT = '研发（R&D）经费，见附件&#12290;'
