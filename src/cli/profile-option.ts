// `--profile national|hubei|sichuan`: the scoring rules a command uses.
import { PROFILES, type ScoringProfile } from '../core/scoring-profile.ts'
import { UsageError } from './usage.ts'

export function profileOption(id: string | undefined): ScoringProfile {
  const profile = PROFILES[id ?? 'national']
  if (profile) return profile
  throw new UsageError(
    `unknown profile ${id}; known: ${Object.keys(PROFILES).join(', ')}`,
    `未知的评分规则“${id}”，可选：${Object.keys(PROFILES).join('、')}`,
  )
}
