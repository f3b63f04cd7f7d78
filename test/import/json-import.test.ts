import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import { InputError } from '../../src/core/input-error.ts'
import { seedTables, utf8, zongzhi } from './fixtures.ts'

const DEPARTMENT = 'data/samples/nanyue-zhengfawei-2022-department.json'

describe('importing canonical JSON', () => {
  it('passes a valid table through unchanged', async () => {
    const result = await importTables({
      fileName: 'zongzhi-2022.json',
      bytes: utf8(JSON.stringify(zongzhi())),
    })
    expect(result).toStrictEqual({ tables: [zongzhi()], warnings: [] })
  })

  it('accepts an import result ({"tables": [...]}) so that an import can be saved and read back', async () => {
    const result = await importTables({
      fileName: 'out.json',
      bytes: utf8(JSON.stringify({ tables: seedTables(), warnings: [] })),
    })
    expect(result.tables).toStrictEqual(seedTables())
  })

  it('keeps a department file’s selfEvaluation paths, warning that an upload cannot resolve them', async () => {
    const text = readFileSync(DEPARTMENT, 'utf8')
    const result = await importTables({ fileName: 'dept.json', bytes: utf8(text) })
    expect(result.tables).toStrictEqual([JSON.parse(text)])
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['SELF_EVALUATION_PATH_KEPT', '部门整体表·项目支出·第1行（综治、平安建设工作经费）·项目自评表'],
      ['SELF_EVALUATION_PATH_KEPT', '部门整体表·项目支出·第4行（四型小区以奖代拨工作经费）·项目自评表'],
    ])
    expect(result.warnings[0]!.message).toContain('zongzhi-2022.json')
  })

  it('names the field of an invalid table and imports none of the tables', async () => {
    const bad = {
      ...zongzhi(),
      funding: [{ source: '合计', budget: '三十六', actual: 30.64, reason: '' }],
    }
    const error = await importTables({
      fileName: 't.json',
      bytes: utf8(JSON.stringify([zongzhi(), bad])),
    }).catch((e) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 't.json',
        path: 'tables[1].funding[0].budget',
        message: '应为数字，实际为文本“三十六”',
      }),
    ])
  })

  it('names the line of a JSON syntax error', async () => {
    const error = await importTables({ fileName: 't.json', bytes: utf8('{\n  "kind": \n}') }).catch((e) => e)
    expect(error.messageZh).toContain('不是有效的 JSON')
  })
})
