// The report tab: the accepted sections, laid out as the export will be.
import { api } from './api-client.js'
import { renderedBlock } from './blocks.js'
import { $, el, enc, notify } from './dom.js'
import { state } from './state.js'

const REPORT_HEADINGS = {
  problems: '四、存在的问题及原因分析',
  measures: '五、下一步改进措施',
  variance: '附：产生差异的原因',
}

export async function loadReport() {
  const id = state.tableId
  const report = await api(`/api/report?tableId=${enc(id)}`)
  if (state.tableId !== id) return
  const body = $('report-body')
  body.replaceChildren(el('h2', '', report.title))
  if (!report.sections.length) body.append(el('p', 'muted', '还没有采纳的内容。在“稿件”中采纳后会出现在这里。'))
  for (const s of report.sections) {
    const part = el('section', 'report-section')
    part.append(el('h3', '', `${REPORT_HEADINGS[s.section]}${s.rowLabel ? ` · ${s.rowLabel}` : ''}`))
    part.append(renderedBlock(s.rendered, s.verification))
    if (!s.ok) part.append(el('p', 'flag', '【待核实】本节未通过数字核验，导出时会注明。'))
    const del = el('button', 'link', '从报告中移除')
    del.type = 'button'
    del.addEventListener('click', async () => {
      try {
        await api(`/api/report/sections/${enc(s.id)}`, { method: 'DELETE' })
        await loadReport()
      } catch (e) {
        notify(e)
      }
    })
    part.append(del)
    body.append(part)
  }
}
