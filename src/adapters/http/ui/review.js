// 审核报告: a reviewer picks or drops a finished report; the server (POST /api/review) finds its
// tables and checks every number of its narrative. The view shows the summary, the tables found
// with their warnings, the narrative with every number marked, and offers the memo and the
// commented original as Word files. Nothing is stored unless the reviewer saves the tables.
import { api, ApiError } from './api-client.js'
import { $, el, notify } from './dom.js'
import { renderParagraphs } from './review-paragraphs.js'
import { loadTables } from './tables.js'

const MAX_BYTES = 10 * 1024 * 1024

/** the file and the answer the exports and the save button use */
let current = null
/** a file that could not be reviewed for want of a year: reviewed again when one is given */
let needsYear = null
let busy = false

export function setupReview() {
  const input = $('review-input')
  $('review-button').addEventListener('click', () => input.click())
  input.addEventListener('change', () => {
    const file = input.files[0]
    input.value = ''
    if (file) reviewFile(file)
  })
  $('review-memo').addEventListener('click', () => download('/api/review/memo.docx', '审核意见'))
  $('review-commented').addEventListener('click', () => download('/api/review/commented.docx', '批注'))
  $('review-save').addEventListener('click', saveTables)
  $('review-year').addEventListener('change', () => {
    if (needsYear && /^\d{4}$/.test($('review-year').value.trim())) reviewFile(needsYear)
  })
}

function form(file) {
  const f = new FormData()
  f.append('file', file)
  const year = $('review-year').value.trim()
  if (year) f.append('year', year)
  return f
}

export async function reviewFile(file) {
  if (busy) return
  if (file.size > MAX_BYTES) {
    notify(new Error(`“${file.name}”超过 10 MB，不像是一份自评报告，未读取。`))
    return
  }
  setBusy(true)
  notify(`正在审核“${file.name}”……`)
  try {
    const review = await api('/api/review', { method: 'POST', form: form(file) })
    current = { file, review }
    show(review)
    notify(`已审核“${file.name}”：识别出 ${review.tables.length} 张表，正文 ${review.paragraphs.length} 段。`)
    needsYear = null
  } catch (err) {
    current = null
    $('review-result').hidden = true
    notify(err)
    needsYear = err.problems?.some((p) => p.message.includes('无法确定年度')) ? file : null
    if (needsYear) {
      notify(new Error(`${err.message}\n请在上方“年度”中填写报告的年度，填写后自动重新审核。`))
      $('review-year').focus()
    }
  } finally {
    setBusy(false)
  }
}

function show(r) {
  const s = r.summary
  const summary = $('review-summary')
  summary.className = `review-summary${s.errors ? ' has-problems' : ''}`
  summary.textContent =
    `共 ${s.numbers - s.ignored} 个数据数字：${s.mismatch} 个与数据不符，${s.unsupported} 个数据中没有，${s.verified} 个已核实` +
    (s.errors ? `。未通过：${s.errors} 处错误` : '。通过：正文数字与表格一致') +
    (s.warnings ? `，${s.warnings} 处提示` : '')
  const docx = /\.docx$/i.test(current.file.name)
  $('review-commented').title = docx ? '' : '只有 Word 原件（.docx）可以加批注'
  $('review-save').disabled = false
  $('review-tables').replaceChildren(
    ...r.tableInfo.map((t) => {
      const li = el(
        'li',
        '',
        `表${t.index + 1}：${t.name}${t.score ? `，计算得分 ${t.score}` : ''}${t.theirScore ? `（自评 ${t.theirScore}）` : ''}`,
      )
      const notes = r.warnings.filter((w) => w.table === t.index)
      if (notes.length) {
        const ul = el('ul')
        for (const w of notes) ul.append(el('li', '', `⚠ ${w.message}`))
        li.append(ul)
      }
      return li
    }),
  )
  renderParagraphs($('review-paragraphs'), r)
  $('review-result').hidden = false
}

async function download(path, suffix) {
  if (!current || busy) return
  setBusy(true)
  try {
    const res = await fetch(path, { method: 'POST', body: form(current.file) })
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null))
    const blob = await res.blob()
    const a = el('a')
    a.href = URL.createObjectURL(blob)
    a.download = `${current.file.name.replace(/\.[^.]+$/, '')}-${suffix}.docx`
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
    notify(`已导出：${a.download}`)
  } catch (err) {
    notify(err)
  } finally {
    setBusy(false)
  }
}

async function saveTables() {
  if (!current || busy) return
  const stem = current.file.name.replace(/\.[^.]+$/, '')
  const tables = current.review.tables.map((table, i) => ({
    fileName: current.review.tables.length > 1 ? `${stem}-${i + 1}.json` : `${stem}.json`,
    table,
  }))
  setBusy(true)
  try {
    const saved = await api('/api/tables/batch', { method: 'POST', body: { tables } })
    notify(`已保存 ${saved.tables.length} 张表格，可在“起草”中选用。`)
    $('review-save').disabled = true
    await loadTables()
  } catch (err) {
    notify(err)
  } finally {
    setBusy(false)
  }
}

function setBusy(on) {
  busy = on
  for (const id of ['review-button', 'review-memo']) $(id).disabled = on
  $('review-commented').disabled = on || !current || !/\.docx$/i.test(current.file.name)
  document.body.setAttribute('aria-busy', String(on))
}
