// The page: pick or import a table, chat for drafts, review every marked number, edit and accept drafts,
// export the report. Server HTML (already sanitized, numbers marked) is the only HTML inserted;
// everything else is set as text.
import { api } from './api-client.js'
import { setupChat } from './chat.js'
import { $, notify, option, setupTabs } from './dom.js'
import { setupDraftEditor } from './drafts.js'
import { initFactCard } from './fact-card.js'
import { setupImport } from './import.js'
import { setupModes } from './modes.js'
import { setupNarrowView } from './narrow-view.js'
import { setupNumberMarks } from './number-marks.js'
import { setupReview } from './review.js'
import { state } from './state.js'
import { loadTables, setupTables } from './tables.js'

initFactCard($('fact-card'))
setupNarrowView()
setupNumberMarks()
setupTabs()
setupChat()
setupDraftEditor()
setupTables()
setupImport()
setupReview()
setupModes()
start()

async function start() {
  try {
    const config = await api('/api/config')
    state.provider = config.defaultProvider
    if (config.providers.length > 1) {
      const select = $('provider-select')
      select.replaceChildren(
        ...config.providers.map((p) => option(p, p === 'openai' ? '大模型（OpenAI 兼容）' : '离线模板')),
      )
      select.value = config.defaultProvider
      select.addEventListener('change', () => (state.provider = select.value))
      $('provider-picker').hidden = false
    }
    await loadTables()
  } catch (e) {
    notify(e)
  }
}
