// A reason cell read for what it is: a cause, a value or a restated figure, a label, an empty
// marker, or a measure written beside the cause. Only causes are used as causes; a measure goes
// to the measures; the rest is no cause at all (the draft then asks for one). The rules are the
// data tables of reason-kinds.ts.
import {
  CLAUSE_WORDS,
  EMPTY_REASON_RULES,
  FIGURE_WORDS,
  LABEL_ENDING,
  MEASURE_RULES,
  type ReasonKind,
} from './reason-kinds.ts'
import { isEmptyCellText, normalizeCellText, parseValueText } from './value-text.ts'

export type { ReasonKind } from './reason-kinds.ts'

export type ReasonPart = { kind: ReasonKind; text: string }

export type ReasonReading = {
  raw: string
  /** the cell's sentences, each classified */
  parts: ReasonPart[]
  /** the cause sentences, without their closing punctuation */
  causes: string[]
  measures: string[]
  /** what the cell is as a whole: 'cause' when any part is one, else its first part's kind */
  kind: ReasonKind
}

export const REASON_KIND_ZH: Record<ReasonKind, string> = {
  cause: '原因',
  value: '数值',
  label: '名称',
  empty: '空白',
  measure: '改进措施',
}

export function readReasonCell(raw: string): ReasonReading {
  const text = raw.trim()
  const parts = isEmptyCellText(text) ? [] : splitSentences(text).map(classifySentence)
  const causes = parts.filter((p) => p.kind === 'cause').map((p) => p.text)
  const measures = parts.filter((p) => p.kind === 'measure').map((p) => p.text)
  const kind: ReasonKind = causes.length ? 'cause' : (parts[0]?.kind ?? 'empty')
  return { raw, parts, causes, measures, kind }
}

/** Sentences split at 。；; and at a line break; a cell of one clause is one sentence. */
function splitSentences(text: string): string[] {
  return text
    .split(/[。；;！!\n]+/u)
    .map((s) =>
      s
        .trim()
        .replace(/^[0-9一二三四五六七八九十]+[、.．)）]\s*/u, '')
        .replace(/[，,、\s]+$/u, ''),
    )
    .filter(Boolean)
}

export function classifySentence(sentence: string): ReasonPart {
  const text = sentence.trim()
  const t = normalizeCellText(text)
  const of = (kind: ReasonKind): ReasonPart => ({ kind, text })
  if (!t || isEmptyCellText(t) || EMPTY_REASON_RULES.some((r) => r.pattern.test(t))) return of('empty')
  const v = parseValueText(t)
  if (v.kind === 'number' || v.kind === 'range') return of('value')
  if (/\d/.test(t) && !/[\p{Script=Han}]/u.test(t.replace(FIGURE_WORDS, ''))) return of('value')
  if (MEASURE_RULES.some((r) => r.pattern.test(t))) return of('measure')
  if (isLabel(t)) return of('label')
  return of('cause')
}

/** "本年财政实拨支出金额": a figure's name, with nothing that happened in it. */
function isLabel(t: string): boolean {
  return t.length <= 20 && LABEL_ENDING.test(t) && !CLAUSE_WORDS.test(t)
}
