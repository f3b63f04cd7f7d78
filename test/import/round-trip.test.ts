import { describe, expect, it } from 'vitest'
import { writeCsv } from '../../src/adapters/export-table/csv-table-writer.ts'
import { writeDocx } from '../../src/adapters/export-table/docx-table-writer.ts'
import type { FormLayout } from '../../src/adapters/export-table/form-grid.ts'
import { writeXlsx } from '../../src/adapters/export-table/xlsx-table-writer.ts'
import { importTables } from '../../src/adapters/import/import-tables.ts'
import type { ProjectTableJson } from '../../src/adapters/import/import-types.ts'
import { generateProjectTable } from '../fixtures/generated-table.ts'
import { national, seedText, seedTables, utf8 } from './fixtures.ts'

type Writer = (tables: ProjectTableJson[], layout: FormLayout) => Promise<{ fileName: string; bytes: Uint8Array }>

const writers: Record<string, Writer> = {
  docx: async (tables, layout) => ({
    fileName: 'out.docx',
    bytes: await writeDocx(tables, { layout }),
  }),
  xlsx: async (tables, layout) => ({
    fileName: 'out.xlsx',
    bytes: await writeXlsx(tables, { layout }),
  }),
  csv: async (tables, layout) => ({
    fileName: 'out.csv',
    bytes: utf8(writeCsv(tables, { layout })),
  }),
}

async function roundTrip(tables: ProjectTableJson[], format: string, layout: FormLayout) {
  return (await importTables(await writers[format]!(tables, layout))).tables as ProjectTableJson[]
}

/** The national form has columns the local one lacks: read back, they are present and empty. */
function withNationalColumns(table: ProjectTableJson): ProjectTableJson {
  return {
    ...table,
    funding: table.funding.map((f) => ({
      source: f.source,
      budget: f.budget,
      fullYearBudget: null,
      actual: f.actual,
      reason: f.reason,
      weight: null,
      rate: null,
      score: null,
    })),
    indicators: table.indicators.map((i) => ({ ...i, weight: null, score: null })),
  }
}

describe('import → export → import', () => {
  for (const format of Object.keys(writers)) {
    it(`keeps every value of the seed text's tables through ${format} in the local layout`, async () => {
      const imported = (await importTables({ fileName: 'seed.txt', bytes: utf8(seedText()) }))
        .tables as ProjectTableJson[]
      expect(await roundTrip(imported, format, 'local')).toStrictEqual(imported)
    })

    it(`keeps every value of the national table through ${format} in the national layout`, async () => {
      const once = await roundTrip([national()], format, 'national')
      expect(await roundTrip(once, format, 'national')).toStrictEqual([national()])
    })

    it(`keeps every value of the seed tables through ${format} in the national layout`, async () => {
      expect(await roundTrip(seedTables(), format, 'national')).toStrictEqual(seedTables().map(withNationalColumns))
    })
  }

  it('keeps every value of a generated 120-indicator table through xlsx', async () => {
    const table = generateProjectTable(120) as ProjectTableJson
    expect(await roundTrip([table], 'xlsx', 'local')).toStrictEqual([table])
  })
})
