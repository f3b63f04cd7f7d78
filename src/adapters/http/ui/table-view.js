// The table view: the imported rows with our computed figures beside the unit's own, and each
// warning beside the rows it names. Cell text is always set as text, never as HTML.
import { el } from './dom.js'

const BASE = { 'full-year': '全年预算数', initial: '年初预算数' }

export function renderTableView(container, detail, actions) {
  const { view, table } = detail
  const placed = new Set()
  const warningsFor = (key, path) => view.warnings.filter((w) => w.table === key && w.rows.some((r) => r.path === path))
  const nodes = []
  if (view.department) nodes.push(...department(view.department, warningsFor, placed))
  for (const p of view.projects) nodes.push(...project(p, warningsFor, placed, actions))
  const rest = view.warnings.filter((w) => !placed.has(w))
  const top = []
  if (rest.length) {
    const box = el('div', 'warnings-top')
    box.append(el('h3', '', `提示（${rest.length} 条）`))
    for (const w of rest) box.append(warningLine(w))
    top.push(box)
  }
  container.replaceChildren(el('h2', 'table-title', table.name), ...top, ...nodes, notes(table, actions))
}

function department(d, warningsFor, placed) {
  const out = [el('h3', '', `${d.tableName}（单位：${d.moneyUnit}）`)]
  const basic = grid(['基本支出', '本年支出', '占比（计算）', '较上年增减', '推算增减额（计算）'])
  addRow(
    basic,
    ['基本支出合计', d.basic.total, '100%', d.basic.change ?? '', d.basic.impliedChange ?? ''],
    warningsFor('D', 'basicExpenditure.total'),
    placed,
    5,
    'basicExpenditure.total',
  )
  for (const l of d.basic.lines) {
    addRow(
      basic,
      [l.name, l.actual, pct(l.share), l.changePct === null ? '' : `${l.changePct}%`, l.impliedChange ?? ''],
      warningsFor('D', l.path),
      placed,
      5,
      l.path,
    )
  }
  flush(basic, placed, 5)
  out.push(basic.box)
  const proj = grid(['项目支出', '本年支出', '占比（计算）', '项目自评表'])
  for (const l of d.project.lines) {
    addRow(
      proj,
      [l.name, l.actual, pct(l.share), l.projectKey ? `已关联（${l.selfEvaluation}）` : '—'],
      warningsFor('D', l.path),
      placed,
      4,
      l.path,
    )
  }
  addRow(
    proj,
    ['项目支出合计（计算）', d.project.total, '100%', d.project.change === null ? '' : `较上年 ${d.project.change}`],
    [],
    placed,
    4,
    '',
  )
  flush(proj, placed, 4)
  out.push(proj.box)
  if (d.notes.length) {
    const box = el('details', 'dept-notes')
    box.append(el('summary', '', `单位说明（${d.notes.length} 条）`))
    const ul = el('ul')
    for (const n of d.notes) ul.append(el('li', '', n))
    box.append(ul)
    out.push(box)
  }
  return out
}

function project(p, warningsFor, placed, actions) {
  const out = []
  const head = el('div', 'project-head')
  head.append(el('h3', '', `${p.tableName}（单位：${p.moneyUnit}）`))
  const s = p.score
  const ours =
    (s.total === null ? '无法计算' : `${s.total} / ${s.max}${s.grade ? `（${s.grade}）` : ''}`) +
    (s.unscoredNote ? `（${s.unscoredNote}）` : '')
  head.append(el('p', 'score', `得分（计算，${s.profile}）：${ours}；单位自评：${s.theirTotal ?? '未填'}`))
  head.append(
    el(
      'p',
      'muted',
      `预算执行率（计算，以${BASE[p.executionBase] ?? '—'}为基数）：${pct(p.executionRate)}；执行率得分：${s.execution.score ?? '—'} / ${s.execution.weight ?? '—'}（${s.execution.rule}）`,
    ),
  )
  out.push(head)

  const funding = grid([
    '资金来源',
    '年初预算',
    '全年预算',
    '实际投入',
    '差额（计算）',
    '执行率（计算）',
    '填报执行率',
    '原因',
    '',
  ])
  for (const r of p.funding) {
    const ask = actions.askButton(`为什么${p.project}·${r.label}存在差异？`, `询问${r.label}的差异原因`)
    addRow(
      funding,
      [
        r.source,
        r.budget ?? '',
        r.fullYearBudget ?? '',
        r.actual ?? '',
        r.difference ?? '—',
        pct(r.executionRate),
        r.theirRate ?? '',
        r.reason,
        ask,
      ],
      warningsFor(p.key, r.path),
      placed,
      9,
      r.path,
    )
  }
  flush(funding, placed, 9)
  out.push(funding.box)

  const ind = grid([
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '实际完成值',
    '状态（计算）',
    '完成率/偏差（计算）',
    '分值',
    '得分（计算）',
    '自评得分',
    '原因',
    '',
  ])
  for (const r of p.indicators) {
    const measure =
      r.completion !== null
        ? `完成率 ${r.completion}%`
        : r.deviation !== null
          ? `偏差 ${r.deviation}（${pct(r.deviationRate)}）`
          : ''
    const status = el('span', `status status-${r.status}`, r.statusText)
    if (r.note) status.title = r.note
    const ask = actions.askButton(`为什么${p.project}·${r.name}存在偏差？`, `询问${r.name}的偏差原因`)
    addRow(
      ind,
      [
        r.level1,
        r.level2 ?? '',
        r.name,
        r.target,
        r.actual,
        status,
        measure,
        r.score.weight ?? '',
        r.score.score ?? '—',
        r.score.theirs ?? '',
        r.reason,
        ask,
      ],
      warningsFor(p.key, r.path),
      placed,
      12,
      r.path,
    )
  }
  flush(ind, placed, 12)
  out.push(ind.box)
  return out
}

function notes(table, actions) {
  const box = el('section', 'table-notes')
  box.append(el('h3', '', '您补充的说明（起草时使用）'))
  const ul = el('ul')
  for (const n of table.notes) {
    const li = el('li', '', n.text)
    const del = el('button', 'link', '删除')
    del.type = 'button'
    del.setAttribute('aria-label', `删除说明：${n.text}`)
    del.addEventListener('click', () => actions.deleteNote(n.id))
    li.append(' ', del)
    ul.append(li)
  }
  if (!table.notes.length) ul.append(el('li', 'muted', '暂无。助手提问时您的回答会记录在这里，也可以直接添加：'))
  const form = el('form', 'note-form')
  const input = el('input')
  input.placeholder = '例如：财政资金于12月才下达，部分支出未能在年内完成'
  input.setAttribute('aria-label', '添加说明')
  const add = el('button', '', '添加')
  form.append(input, add)
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    if (input.value.trim()) actions.addNote(input.value.trim())
  })
  box.append(ul, form)
  return box
}

/** Text columns keep a readable width (原因 never wraps one character per line). */
const WIDE = new Set(['原因', '三级指标', '资金来源', '项目支出', '基本支出', '指标值', '实际完成值'])

function columnClass(h) {
  const classes = []
  if (h?.includes('计算')) classes.push('computed')
  if (WIDE.has(h)) classes.push('wide')
  if (h === '原因') classes.push('reason')
  return classes.join(' ')
}

function grid(headers) {
  const table = el('table', 'grid')
  // a wide table scrolls inside its own box, never the page
  const box = el('div', 'grid-scroll')
  box.append(table)
  const tr = el('tr')
  for (const h of headers) {
    const th = el('th', columnClass(h), h)
    th.scope = 'col'
    tr.append(th)
  }
  const thead = el('thead')
  thead.append(tr)
  const tbody = el('tbody')
  table.append(thead, tbody)
  return { table, box, tbody, headers, seen: [] }
}

function addRow(g, cells, warnings, placed, span, path) {
  const tr = el('tr')
  cells.forEach((c, i) => {
    const td = el('td', columnClass(g.headers[i]))
    if (c instanceof Node) td.append(c)
    else td.textContent = c ?? ''
    tr.append(td)
  })
  g.tbody.append(tr)
  if (warnings.length) {
    tr.classList.add('has-warning')
    tr.firstChild.prepend(el('span', 'warn-icon', '⚠ '))
  }
  // A warning naming several rows is printed once, under the last of them.
  for (const w of warnings) {
    if (!g.seen.includes(w)) g.seen.push(w)
    if (w.rows.at(-1)?.path === path) placeWarning(g, w, placed, span)
  }
}

/** Warnings whose last row is not in this grid go under its last row. */
function flush(g, placed, span) {
  for (const w of g.seen) placeWarning(g, w, placed, span)
}

function placeWarning(g, w, placed, span) {
  if (placed.has(w)) return
  placed.add(w)
  const row = el('tr', 'warning-row')
  const td = el('td')
  td.colSpan = span
  td.append(warningLine(w))
  row.append(td)
  g.tbody.append(row)
}

function warningLine(w) {
  const p = el('p', `warning warning-${w.severity}`)
  p.append(el('span', 'warn-icon', '⚠ '), el('span', '', w.message), el('code', 'muted', ` ${w.code}`))
  return p
}

function pct(v) {
  return v === null || v === undefined ? '—' : `${v}%`
}
