// Small canonical tables for tests, built from the seed's first table.
import { parseCanonicalTable } from '../../src/app/schema.ts'
import type { ProjectTable } from '../../src/core/table.ts'
import zongzhi from '../../data/samples/zongzhi-2022.json' with { type: 'json' }

type Json = Record<string, unknown>

export function projectTable(overrides: Json = {}): ProjectTable {
  const t = parseCanonicalTable({ ...zongzhi, ...overrides })
  if (t.kind !== 'project-self-evaluation') throw new Error('expected a project table')
  return t
}

/** A project table with only what a test gives: no people, no goal, no rows unless given. */
export function bareProject(overrides: Json = {}): ProjectTable {
  return projectTable({
    year: 2022,
    project: '示例项目',
    manager: null,
    phone: null,
    department: null,
    unit: null,
    goal: null,
    funding: [],
    indicators: [],
    ...overrides,
  })
}

export function fundingRow(source: string, budget: number | null, actual: number | null, reason = ''): Json {
  return { source, budget, actual, reason }
}

export function indicator(target: string, actual: string, extra: Json = {}): Json {
  return { level1: '产出指标', level2: '数量指标', name: '测试指标', target, actual, reason: '', ...extra }
}

export function withIndicators(rows: Json[], overrides: Json = {}): ProjectTable {
  return projectTable({ indicators: rows, ...overrides })
}
