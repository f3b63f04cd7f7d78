import { describe, expect, it } from 'vitest'
import { cleanModelOutput } from '../../src/core/draft-cleanup.ts'

describe('a model answer cleaned of chat manners', () => {
  it('keeps the section and removes the opening, the closing and the bold marks', () => {
    const c = cleanModelOutput(
      '好的，以下是正文：\n\n**一是预算执行率偏低。** 该项目执行率85.11%。\n\n希望以上内容对您有帮助！',
    )
    expect(c.text).toBe('一是预算执行率偏低。该项目执行率85.11%。')
    expect(c.removed).toEqual([
      '开头的客套话：“好的，以下是正文：”',
      '结尾的客套话：“希望以上内容对您有帮助！”',
      'Markdown 加粗标记 1 处',
    ])
  })

  it('removes an opening written on the same line as the text, up to its colon', () => {
    expect(cleanModelOutput('以下是改进措施的正文：针对上述存在的问题，拟采取以下改进措施：').text).toBe(
      '针对上述存在的问题，拟采取以下改进措施：',
    )
  })

  it('drops a heading naming the section and keeps another heading’s words', () => {
    const c = cleanModelOutput('## 下一步改进措施\n\n### （一）科学编制项目预算\n- 据实测算。')
    expect(c.text).toBe('（一）科学编制项目预算\n据实测算。')
    expect(c.removed).toEqual(['标题“下一步改进措施”', 'Markdown 标题标记 1 处', '列表符号 1 处'])
  })

  it('leaves the template placeholders in indicator names alone: 公猪舍(≥**平方米)', () => {
    const text = '公猪舍(≥**平方米)和隔离舍(≥**平方米)均已建成。'
    expect(cleanModelOutput(text)).toEqual({ text, removed: [] })
  })

  it('does not take a sentence of the report for a closing', () => {
    const text =
      '针对上述存在的问题，拟采取以下改进措施：\n\n（一）如需调整预算，按规定程序报批后执行，杜绝无预算、超预算支出，确保预算执行与项目实施进度相衔接，提高财政资金使用效益。'
    expect(cleanModelOutput(text).text).toBe(text)
  })
})
