// Which side of the scoring a score fact is on: the one the table states (自评得分) or the one the
// scoring rules compute. Drafts compare the two ("自评1.9分，按规则约1.69分，多给约0.2分").

/** Whether a score fact is the one the table states or the one the scoring rules compute. */
export function scoreSideOf(id: string): 'stated' | 'computed' | null {
  if (/\.(theirScore|theirTotal|theirs|theirLost|executionTheirs)$|\.F\d+\.score$/.test(id)) return 'stated'
  if (/\.I\d+\.score$|\.score\.(total|execution)$|\.sub\.L1\.\d+\.score$|\.sub\.lost$/.test(id)) return 'computed'
  return null
}
