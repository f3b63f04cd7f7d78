import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTableFile } from '../../src/adapters/fs-table-source.ts'
import { parseCanonicalTable } from '../../src/app/schema.ts'
import { InputError } from '../../src/core/input-error.ts'
import zongzhi from '../../data/samples/zongzhi-2022.json' with { type: 'json' }

const SAMPLES = ['zongzhi-2022.json', 'sixing-xiaoqu-2022.json', 'nanyue-zhengfawei-2022-department.json']

/** The InputError a call throws (fails the test when it does not throw one). */
async function inputError(f: () => unknown): Promise<InputError> {
  try {
    await f()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-'))
  const file = join(dir, name)
  await writeFile(file, content)
  return file
}

describe('the canonical schema', () => {
  // The stored file is the parsed table as JSON (money as exact decimal text, optional fields
  // filled in, joined project tables in place): any change to what a sample parses to shows here.
  it.each(SAMPLES)('loads the shipped sample %s unchanged', async (name) => {
    const table = await loadTableFile(join('data/samples', name))
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/parsed-${name}`)
  })

  it('joins the project tables a department names by their selfEvaluation paths', async () => {
    const table = await loadTableFile('data/samples/nanyue-zhengfawei-2022-department.json')
    if (table.kind !== 'department-overall') throw new Error('expected a department')
    const joined = table.projectExpenditure.lines.map((l) => l.project?.project ?? null)
    expect(joined).toEqual(['综治、平安建设经费', null, null, '四型平安小区以奖代拨经费'])
  })

  it('reads money exactly and keeps cell text as written', () => {
    const t = parseCanonicalTable(zongzhi)
    if (t.kind !== 'project-self-evaluation') throw new Error('expected a project')
    expect(t.funding[0]!.actual!.toString()).toBe('30.64')
    expect(t.funding[2]!.budget).toBeNull()
    expect(t.indicators[4]!.actual).toBe('=30.64万元')
  })

  it('accepts new optional fields it does not know', () => {
    const t = parseCanonicalTable({
      ...zongzhi,
      reviewer: '某人',
      funding: zongzhi.funding.map((f) => ({ ...f, note: 'x' })),
    })
    expect(t).toStrictEqual(parseCanonicalTable(zongzhi))
  })

  it('accepts money written as text, exactly', () => {
    const t = parseCanonicalTable({
      ...zongzhi,
      funding: [{ source: '合计', budget: '36.00', actual: '30.640', reason: '' }],
    })
    if (t.kind !== 'project-self-evaluation') throw new Error('expected a project')
    expect(t.funding[0]!.actual!.toString()).toBe('30.640')
  })
})

describe('bad input names the file, the JSON path and what is wrong', () => {
  it('a missing field', async () => {
    const { project: _omit, ...rest } = zongzhi
    const e = await inputError(() => parseCanonicalTable(rest, 'a.json'))
    expect(e.problems).toEqual([
      {
        file: 'a.json',
        path: 'project',
        place: '项目名称',
        message: '缺少必填字段（应为文本）',
        messageEn: 'missing required field (expected string)',
      },
    ])
  })

  it('a number where text belongs', async () => {
    const bad = { ...zongzhi, indicators: [{ ...zongzhi.indicators[0], target: 10 }] }
    const e = await inputError(() => parseCanonicalTable(bad, 'b.json'))
    expect(e.problems[0]).toMatchObject({ path: 'indicators[0].target', message: '应为文本，实际为数字 10' })
    // the place as the user sees the table; the JSON path only for programs and logs
    expect(e.messageZh).toBe('b.json · 绩效指标·第1行（公众安全感民意调查）·指标值：应为文本，实际为数字 10')
    expect(e.message).toBe('b.json: indicators[0].target: expected string, got the number 10')
  })

  it('text where a number belongs', async () => {
    const bad = { ...zongzhi, funding: [{ ...zongzhi.funding[0], budget: '三十六' }] }
    const e = await inputError(() => parseCanonicalTable(bad))
    expect(e.problems[0]).toMatchObject({ path: 'funding[0].budget', message: '应为数字，实际为文本“三十六”' })
  })

  it('an unknown kind', async () => {
    const e = await inputError(() => parseCanonicalTable({ ...zongzhi, kind: 'budget-table' }))
    expect(e.problems[0]!.path).toBe('kind')
    expect(e.problems[0]!.message).toContain('未知的表格类型 "budget-table"')
  })

  it('every problem at once, not only the first', async () => {
    const e = await inputError(() => parseCanonicalTable({ ...zongzhi, year: '2022', funding: 'none' }))
    expect(e.problems.map((p) => p.path)).toEqual(['year', 'funding'])
  })

  it('invalid JSON, with the line and column', async () => {
    const file = await tempFile('broken.json', '{\n  "kind": "project-self-evaluation",\n  "year": 2022,,\n}')
    const e = await inputError(() => loadTableFile(file))
    expect(e.problems[0]).toMatchObject({ file, path: '3:16' })
    expect(e.problems[0]!.message).toBe('不是有效的 JSON：第 3 行第 16 列附近有语法错误')
  })

  it('an empty file', async () => {
    const file = await tempFile('empty.json', '  \n')
    const e = await inputError(() => loadTableFile(file))
    expect(e.problems[0]!.message).toBe('文件为空，没有表格内容')
  })

  it('a file that does not exist', async () => {
    const e = await inputError(() => loadTableFile('/nonexistent/x.json'))
    expect(e.messageZh).toBe('/nonexistent/x.json：文件不存在')
  })

  it('a selfEvaluation path that does not exist', async () => {
    const dept = JSON.parse(
      JSON.stringify(
        await import('../../data/samples/nanyue-zhengfawei-2022-department.json', { with: { type: 'json' } }).then(
          (m) => m.default,
        ),
      ),
    )
    dept.projectExpenditure.lines[0].selfEvaluation = 'missing.json'
    const file = await tempFile('dept.json', JSON.stringify(dept))
    const e = await inputError(() => loadTableFile(file))
    expect(e.problems[0]).toMatchObject({
      file,
      path: 'projectExpenditure.lines[0].selfEvaluation',
      message: '引用的项目自评表文件“missing.json”不存在',
    })
    // every missing table is named, in line order, whichever read fails first (the other line's
    // file is not beside the copy either)
    expect(e.problems.map((p) => p.path)).toEqual([
      'projectExpenditure.lines[0].selfEvaluation',
      'projectExpenditure.lines[3].selfEvaluation',
    ])
  })
})

describe('a missing amount', () => {
  it('is named as a missing number', async () => {
    const bad = { ...zongzhi, funding: [{ source: '合计', budget: 36, reason: '' }] }
    const e = await inputError(() => parseCanonicalTable(bad))
    expect(e.problems[0]).toMatchObject({ path: 'funding[0].actual', message: '缺少必填字段（应为数字或 null）' })
  })
})
