import { describe, expect, it } from 'vitest'
import { proposeFileNames } from '../../src/app/import-file-names.ts'

describe('the file names of imported tables', () => {
  it('numbers the tables of a file holding several', () => {
    expect(proposeFileNames('自评表.docx', 2, new Set())).toEqual(['自评表-1.json', '自评表-2.json'])
  })

  it('keeps the name of a file holding one table, as .json', () => {
    expect(proposeFileNames('zongzhi-2022.json', 1, new Set())).toEqual(['zongzhi-2022.json'])
    expect(proposeFileNames('综治经费.xlsx', 1, new Set())).toEqual(['综治经费.json'])
  })

  it('skips names already taken', () => {
    const taken = new Set(['自评表.json', '自评表-1.json', '自评表-3.json'])
    expect(proposeFileNames('自评表.docx', 1, taken)).toEqual(['自评表-2.json'])
    expect(proposeFileNames('自评表.docx', 2, taken)).toEqual(['自评表-2.json', '自评表-4.json'])
  })

  it('drops folders and characters a file name may not hold, and names a nameless file', () => {
    expect(proposeFileNames('C:\\用户\\表<1>?.csv', 1, new Set())).toEqual(['表1.json'])
    expect(proposeFileNames('.txt', 1, new Set())).toEqual(['导入的表格.json'])
  })
})
