// What the page is showing: one object shared by its modules.
export const state = {
  tables: [],
  tableId: null,
  conversation: null,
  provider: null,
  streaming: null,
  draft: null,
  saving: Promise.resolve(),
  saveSeq: 0,
}
