// What the page is showing: one object shared by its modules.
export const state = {
  /** 'draft' or 'review' (modes.js) */
  mode: 'draft',
  tables: [],
  tableId: null,
  /** the chat's example question, fitted to the table (超出 or 低于预算) */
  example: null,
  conversation: null,
  provider: null,
  streaming: null,
  draft: null,
  saving: Promise.resolve(),
  saveSeq: 0,
}
