// Finished reports for the review tests, built with the `docx` library (through the form writer):
// the seed's two project tables with the narrative of a correct self-evaluation report before,
// between and after them — and the same report with errors planted in chosen places.
import { readFileSync } from 'node:fs'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import { sixing, zongzhi } from '../import/fixtures.ts'

/** The paragraphs of a correct draft (test/fixtures/drafts), headings without their '#'. */
function draftParagraphs(file: string): string[] {
  return readFileSync(`test/fixtures/drafts/${file}`, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .filter(Boolean)
}

export const TITLE = '南岳区政法委2022年度项目支出绩效自评报告'
export const CLOSING = '以上为本单位2022年度项目支出绩效自评情况，请予审核。'
export const zongzhiNarrative = () => draftParagraphs('zongzhi-2022.md')
export const sixingNarrative = () => draftParagraphs('sixing-xiaoqu-2022.md')

export type Narrative = { before: string[]; between: string[]; after: string[] }

export const correctNarrative = (): Narrative => ({
  before: [TITLE, ...zongzhiNarrative()],
  between: sixingNarrative(),
  after: [CLOSING],
})

/** The narrative in document order, as the review should read it (form titles included). */
export async function reportDocx(n: Narrative = correctNarrative()): Promise<Uint8Array> {
  return writeDocx([zongzhi(), sixing()], {
    layout: 'local',
    before: n.before,
    between: [n.between],
    after: n.after,
  })
}

/** One planted error: `from` replaced by `to` in the first paragraph holding it. */
export type Plant = { from: string; to: string }

export function plant(n: Narrative, plants: readonly Plant[]): Narrative {
  const parts = [n.before, n.between, n.after].map((ps) => [...ps])
  for (const p of plants) {
    const hit = parts.flatMap((ps, k) => ps.map((t, i) => ({ k, i, t }))).find((x) => x.t.includes(p.from))
    if (!hit) throw new Error(`nothing to plant: ${p.from}`)
    parts[hit.k]![hit.i] = hit.t.replace(p.from, p.to)
  }
  return { before: parts[0]!, between: parts[1]!, after: parts[2]! }
}

/** The three planted errors: a changed digit, a changed rate, a flipped direction word. */
export const PLANTS: Plant[] = [
  { from: '全年实际投入30.64万元', to: '全年实际投入30.46万元' },
  { from: '预算执行率为85.11%', to: '预算执行率为58.11%' },
  { from: '实际投入超出年初预算7.7万元', to: '实际投入低于年初预算7.7万元' },
]
