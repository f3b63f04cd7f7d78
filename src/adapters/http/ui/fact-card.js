// The fact card: hover, focus or click a marked number to see what it was checked against —
// the fact's label and value, its source cell (table · row · column) or its formula with the
// inputs' own sources, and for a mismatch the right value.
import { el } from './dom.js'

const STATUS = {
  verified: { glyph: '✓', text: '已核实' },
  mismatch: { glyph: '✗', text: '与数据不符' },
  unsupported: { glyph: '?', text: '数据中没有' },
  ignored: { glyph: '·', text: '非数据（已忽略）' },
}

const verifications = new WeakMap()
/** facts of a host whose numbers refer to a sheet of their own (the review view's tables) */
const hostFacts = new WeakMap()
let tableFacts = new Map()
/** the facts the card being shown looks ids up in */
let facts = tableFacts
let card
let pinned = null

export function setFacts(list) {
  tableFacts = new Map(list.map((f) => [f.id, f]))
}

/**
 * Remembers the verification whose mentions the numbers inside `host` refer to, and the facts
 * they name when these are not the selected table's (`factList`).
 */
export function bindMarks(host, verification, factList) {
  host.classList.add('marks-host')
  verifications.set(host, verification)
  if (factList) hostFacts.set(host, new Map(factList.map((f) => [f.id, f])))
}

export function initFactCard(element) {
  card = element
  document.addEventListener('click', (e) => {
    const mark = e.target.closest?.('.num')
    if (mark) {
      if (pinned === mark) return hide()
      show(mark, true)
    } else if (!card.contains(e.target)) hide()
  })
  document.addEventListener('mouseover', (e) => {
    const mark = e.target.closest?.('.num')
    if (mark && !pinned) show(mark, false)
  })
  document.addEventListener('mouseout', (e) => {
    const mark = e.target.closest?.('.num')
    if (mark && !pinned && !mark.contains(e.relatedTarget)) hide()
  })
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) {
      const back = pinned
      hide()
      back?.focus()
      return
    }
    const mark = e.target.closest?.('.num')
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault()
      show(mark, true)
    }
  })
  // The card is fixed to the window and the panels scroll in their own boxes: a pinned card
  // follows its number, a hover card goes.
  document.addEventListener(
    'scroll',
    (e) => {
      if (card.hidden || card.contains(e.target)) return
      if (pinned?.isConnected) place(pinned)
      else hide()
    },
    true,
  )
}

function hide() {
  card.hidden = true
  pinned?.setAttribute('aria-expanded', 'false')
  pinned = null
}

function show(mark, pin) {
  const host = mark.closest('.marks-host')
  const verification = host && verifications.get(host)
  const mention = verification?.mentions[Number(mark.dataset.m)]
  if (!mention) return
  facts = hostFacts.get(host) ?? tableFacts
  pinned?.setAttribute('aria-expanded', 'false')
  pinned = pin ? mark : null
  if (pin) mark.setAttribute('aria-expanded', 'true')
  card.replaceChildren(...content(mention, verification))
  card.hidden = false
  place(mark)
}

function content(mention, verification) {
  // a figure another row has (NUMBER_OTHER_ROW): in the data, but which row is meant is for the writer to say
  const status =
    mention.status === 'unsupported' && mention.factIds.length
      ? { glyph: '?', text: '所指须核对' }
      : STATUS[mention.status]
  const out = []
  const title = el('h3', '', `${mention.text} `)
  title.append(el('span', `badge num-${mention.status}`, `${status.glyph} ${status.text}`))
  out.push(title)
  const dl = el('dl')
  const row = (term, ...values) => {
    dl.append(el('dt', '', term))
    const dd = el('dd')
    dd.append(...values)
    dl.append(dd)
  }
  if (mention.status === 'mismatch' && mention.expected) row('应为', el('strong', 'expected', mention.expected))
  const findings = verification.findings.filter(
    (f) => f.start < mention.end && f.end > mention.start && f.severity === 'error',
  )
  for (const f of findings) row('问题', f.message)
  // a number the writer computed from the data: how, and from which facts
  if (mention.derivation) {
    row(
      '计算',
      el('span', 'formula', mention.derivation.formula),
      el('span', 'muted', `（${OPERATIONS[mention.derivation.op] ?? '由数据推算'}）`),
    )
  }
  // a number quoted from the table's own text or from what the user said
  if (mention.source && mention.source.kind === 'note') row('来源', `引自用户说明：“${mention.source.note}”`)
  else if (mention.source && mention.source.kind === 'cell') row('来源', `引自表内文字：${cellText(mention.source)}`)
  for (const id of mention.factIds) {
    const fact = facts.get(id)
    if (!fact) {
      row('对应数据', `（事实 ${id} 未找到）`)
      continue
    }
    row(mention.status === 'mismatch' ? '数据中的值' : '对应数据', `${fact.label}：${fact.display}`)
    describeSource(fact, row)
  }
  if (mention.note) row('说明', mention.note)
  if (mention.status === 'unsupported' && !mention.note) row('说明', '表格数据中没有这个数，请核实或删除')
  out.push(dl)
  return out
}

/** The derivations the verifier recognises, as a reviewer names them. */
const OPERATIONS = {
  difference: '差额',
  'pp-gap': '百分点差',
  share: '占比',
  ratio: '倍数',
  sum: '合计',
  'per-unit': '人均/单位平均',
  'unspent-share': '未执行比例',
  'overspend-rate': '超支比例',
  'score-lost': '扣分',
  count: '计数',
  arithmetic: '文中算式',
  'prior-year': '按同比推算的上年数',
  each: '各项均为',
  rule: '评分规则',
}

function describeSource(fact, row) {
  const s = fact.source
  if (s.kind === 'cell') {
    row('来源', cellText(s))
    return
  }
  row('计算', el('span', 'formula', s.formula), el('span', 'muted', `（${s.expression}）`))
  const list = el('ul', 'inputs')
  for (const id of s.inputs) {
    const input = facts.get(id)
    const li = el('li')
    if (!input) li.textContent = id
    else {
      li.append(el('span', '', `${input.label}：${input.display}`))
      li.append(
        el('span', 'muted', ` — ${input.source.kind === 'cell' ? cellText(input.source) : input.source.formula}`),
      )
    }
    list.append(li)
  }
  row('来源', list)
}

function cellText(s) {
  return `${s.table} · ${s.section} · ${s.row} · ${s.column}`
}

function place(mark) {
  const r = mark.getBoundingClientRect()
  const width = Math.min(420, window.innerWidth - 16)
  card.style.width = `${width}px`
  // fixed to the window (the panels scroll inside their own boxes): below the number, or above
  // it when there is no room below
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8))
  card.style.left = `${left}px`
  const below = r.bottom + 6
  const height = card.offsetHeight
  const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, r.top - 6 - height)
  card.style.top = `${top}px`
}
