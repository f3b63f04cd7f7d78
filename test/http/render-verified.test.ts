import { describe, expect, it } from 'vitest'
import { renderVerified } from '../../src/adapters/http/render-verified.ts'
import type { Mention, Verification } from '../../src/core/verification.ts'

function mention(text: string, source: string, status: Mention['status'], from = 0): Mention {
  const start = source.indexOf(text, from)
  return { text, start, end: start + text.length, value: null, unit: null, status, factIds: [] }
}

const v = (mentions: Mention[]): Verification => ({ ok: true, mentions, findings: [] })

describe('renderVerified', () => {
  it('wraps each data mention in a focusable marker with its state class and glyph, and leaves a non-data number plain', () => {
    const text = '执行率85.11%，差额5.36万元，2022年。'
    const { html, summary } = renderVerified(
      text,
      v([
        mention('85.11%', text, 'verified'),
        mention('5.36万元', text, 'mismatch'),
        mention('2022年', text, 'ignored'),
      ]),
    )
    expect(html).toBe(
      '<p>执行率<span class="num num-verified" data-m="0" tabindex="0" role="button" aria-label="85.11%：已核实，按回车查看来源">85.11%<span class="glyph" aria-hidden="true">✓</span></span>，' +
        '差额<span class="num num-mismatch" data-m="1" tabindex="0" role="button" aria-label="5.36万元：与数据不符，按回车查看来源">5.36万元<span class="glyph" aria-hidden="true">✗</span></span>，' +
        // not data: plain text, no glyph and no button (issue 14)
        '<span class="num-plain" data-m="2">2022年</span>。</p>\n',
    )
    expect(summary!.text).toBe('共 3 个数字：1 个已核实，1 个与数据不符，1 个非数据（已忽略）')
  })

  it('shows HTML and script from a table cell or the model as text', () => {
    const text = '原因<script>alert(1)</script>见<img src=x onerror="alert(2)">表。\n\n<div onclick="x()">块</div>'
    const { html } = renderVerified(text, v([]))
    expect(html).not.toMatch(/<script|<img|<div/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror="alert(2)"&gt;')
  })

  it('shows links and images as the text that was written, never as live links (issue 10, finding 9)', () => {
    const { html } = renderVerified(
      '[点我](javascript:alert(1)) 与 [文件](https://www.mof.gov.cn/a.htm)、<https://evil.example/x>、https://evil.example/y ![图](https://evil.example/t.png)',
      null,
    )
    expect(html).not.toMatch(/<a |<img|href=|src=/)
    expect(html).toBe(
      '<p>[点我](javascript:alert(1)) 与 [文件](https://www.mof.gov.cn/a.htm)、&lt;https://evil.example/x&gt;、https://evil.example/y ![图](https://evil.example/t.png)</p>\n',
    )
  })

  it('marks a number inside markdown emphasis and keeps the emphasis', () => {
    const text = '执行率为**85.11%**。'
    const { html } = renderVerified(text, v([mention('85.11%', text, 'verified')]))
    expect(html).toContain('<strong><span class="num num-verified" data-m="0"')
  })

  it('keeps a mention cut by markup marked by its glyph where it starts', () => {
    const text = '执行**85.11**%。'
    const m: Mention = {
      text: '85.11**%',
      start: text.indexOf('85'),
      end: text.indexOf('%') + 1,
      value: null,
      unit: null,
      status: 'mismatch',
      factIds: [],
    }
    const { html } = renderVerified(text, v([m]))
    expect(html).toContain('num-mismatch')
    expect(html).toContain('✗')
    expect(html).not.toMatch(/[\uE000-\uF8FF]/)
  })

  it('leaves an ordered-list number unmarked so the list still renders', () => {
    const text = '1. 强化预算管理\n2. 执行率85.11%'
    const { html } = renderVerified(
      text,
      v([mention('1', text, 'ignored'), mention('2', text, 'ignored', 5), mention('85.11%', text, 'verified')]),
    )
    expect(html).toMatch(/^<ol>\n<li>强化预算管理<\/li>\n<li>执行率<span class="num num-verified"/)
  })

  it('cannot be fooled by private-use characters in the text', () => {
    const text = '\uE000\uE100\uE001伪造\uE002执行率85.11%'
    const { html } = renderVerified(text, v([mention('85.11%', text, 'verified')]))
    expect(html.match(/class="num /g)).toHaveLength(1)
    expect(html).toContain('\uFFFD\uFFFD\uFFFD伪造\uFFFD')
  })

  it('escapes the mention text in the accessible name', () => {
    const text = '值"><b>1</b>'
    const m: Mention = {
      text: '"><b>1',
      start: 1,
      end: 8,
      value: null,
      unit: null,
      status: 'unsupported',
      factIds: [],
    }
    const { html } = renderVerified(text, v([m]))
    expect(html).toContain('aria-label="&quot;&gt;&lt;b&gt;1：数据中没有，按回车查看来源"')
    expect(html).not.toContain('<b>')
  })

  it('highlights a 【待补充】 placeholder', () => {
    const { html } = renderVerified('原因【待补充：差异原因】。', null)
    expect(html).toBe('<p>原因<mark class="todo">【待补充：差异原因】</mark>。</p>\n')
  })

  it('says so when there is nothing to check', () => {
    expect(renderVerified('没有数字。', v([])).summary!.text).toBe('没有需要核对的数字')
  })
})
