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
