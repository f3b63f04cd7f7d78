// On a narrow screen (a phone) the table side and the chat are two views, switched by the bar
// above them; on a wide screen both show side by side and the bar is hidden by CSS.
const VIEWS = ['work', 'chat']
const byId = (id) => document.getElementById(id)

export function setupNarrowView() {
  for (const name of VIEWS) byId(`view-${name}`).addEventListener('click', () => showView(name))
  showView('work')
}

/** Shows the table side ('work') or the chat ('chat') on a narrow screen. */
export function showView(name) {
  byId('draft-view').dataset.view = name
  for (const n of VIEWS) byId(`view-${n}`).setAttribute('aria-pressed', String(n === name))
}
