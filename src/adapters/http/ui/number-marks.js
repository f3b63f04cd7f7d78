// How marked numbers read outside the checking itself: numbers that are not data stay plain
// unless the user asks to see them (显示全部数字), and copying text copies the text — the
// ✓ ✗ ? glyphs beside the numbers are left out of the copied string.
export function setupNumberMarks() {
  const toggle = document.getElementById('show-all-numbers')
  toggle.addEventListener('change', () => document.body.classList.toggle('show-all-numbers', toggle.checked))
  document.addEventListener('copy', (e) => {
    const selection = document.getSelection()
    if (!selection || selection.isCollapsed || !e.clipboardData) return
    const glyphs = [...document.querySelectorAll('.glyph')]
    if (!glyphs.some((g) => selection.containsNode(g, true))) return
    // The selection's text as shown, with the glyphs taken out of the rendering for a moment.
    document.body.classList.add('copying')
    const text = selection.toString()
    document.body.classList.remove('copying')
    e.clipboardData.setData('text/plain', text)
    e.preventDefault()
  })
}
