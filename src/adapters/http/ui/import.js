// Importing a Word, Excel, CSV, text or JSON file: picked with the button or dropped anywhere on
// the page, read by the server (POST /api/import) and shown in a preview before anything is
// saved. A file whose year the server cannot tell gets a year field in the error notice.
import { api } from './api-client.js'
import { $, el, notify } from './dom.js'
import { openImportPreview, setupImportPreview } from './import-preview.js'
import { reviewFile } from './review.js'
import { state } from './state.js'

const MAX_BYTES = 10 * 1024 * 1024

let busy = false

export function setupImport() {
  const button = $('import-button')
  const input = $('import-input')
  button.addEventListener('click', () => input.click())
  input.addEventListener('change', () => {
    const file = input.files[0]
    input.value = ''
    if (file) readFile(file)
  })
  setupDropZone()
  setupImportPreview()
}

function setupDropZone() {
  const overlay = $('drop-overlay')
  const carriesFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files')
  const accepting = () => !busy && !$('import-dialog').open
  // dragenter and dragleave fire for every element crossed: count them to know when the
  // pointer has left the page
  let depth = 0
  document.addEventListener('dragenter', (e) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    depth++
    if (accepting()) overlay.hidden = false
  })
  document.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = accepting() ? 'copy' : 'none'
  })
  document.addEventListener('dragleave', (e) => {
    if (!carriesFiles(e)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) overlay.hidden = true
  })
  document.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    depth = 0
    overlay.hidden = true
    if (!accepting()) return
    const files = [...e.dataTransfer.files]
    if (files.length > 1) {
      notify(
        new Error(
          `一次只能${state.mode === 'review' ? '审核' : '导入'}一个文件（拖入了 ${files.length} 个），请逐个拖入。`,
        ),
      )
      return
    }
    if (!files[0]) return
    // in review mode a dropped file is a finished report to check, not tables to import
    if (state.mode === 'review') reviewFile(files[0])
    else readFile(files[0])
  })
}

/** Sends the file to the server and opens the preview of what it recognised. */
export async function readFile(file, year) {
  if (busy) return
  if (file.size > MAX_BYTES) {
    notify(new Error(`“${file.name}”超过 10 MB，不像是一份自评表，未读取。`))
    return
  }
  setBusy(true, file.name)
  try {
    const form = new FormData()
    form.append('file', file)
    if (year) form.append('year', String(year))
    const preview = await api('/api/import', { method: 'POST', form })
    notify(`已读取“${file.name}”：识别出 ${preview.previews.length} 张表，请在预览中核对后保存。`)
    openImportPreview(preview)
  } catch (err) {
    notify(err)
    if (err.problems?.some((p) => p.message.includes('无法确定年度'))) offerYear(file)
  } finally {
    setBusy(false)
  }
}

function setBusy(on, fileName) {
  busy = on
  const button = $('import-button')
  button.disabled = on
  button.textContent = on ? '正在读取……' : '导入表格（Word/Excel）'
  document.body.setAttribute('aria-busy', String(on))
  if (on) notify(`正在读取“${fileName}”……`)
}

/** A year field under the error: the file is read again with it. */
function offerYear(file) {
  const form = el('form', 'year-form')
  const label = el('label', '', '指定年度：')
  const input = el('input')
  input.type = 'number'
  input.min = '1990'
  input.max = '2100'
  input.required = true
  input.id = 'import-year'
  label.htmlFor = 'import-year'
  const submit = el('button', '', '按此年度重新读取')
  submit.type = 'submit'
  form.append(label, input, submit)
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    readFile(file, Number(input.value))
  })
  $('notice').append(form)
  input.focus()
}
