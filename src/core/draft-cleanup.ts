// A model's answer cleaned of chat manners before it is verified and stored: the opening
// ("好的，以下是“存在的问题及原因分析”一节的正文："), the closing ("希望以上内容对您有帮助！"), Markdown
// emphasis, headings, bullets, rules and code fences a report section does not have. Only what
// frames the text is removed, never a sentence of it; each removal is told to the user.
// The patterns are data, each with the reply that motivated it.

type Rule = { pattern: RegExp; example: string }

/** An opening line: a reply to the request, not report text. */
const OPENINGS: readonly Rule[] = [
  {
    pattern: /^(好的|好|当然|没问题|可以|收到|明白)[，,！!。.]?/,
    example: '好的，以下是“存在的问题及原因分析”一节的正文：(DeepSeek)',
  },
  { pattern: /^(以下|下面)(是|为)/, example: '以下是根据事实清单撰写的正文：(Qwen)' },
  {
    pattern: /^(根据|按照|依据)(您|你)?(提供|给出|的要求|要求|以上|上述)/,
    example: '根据您提供的事实清单和原因说明，撰写如下：(GLM)',
  },
  { pattern: /^(Sure|Certainly|Here is|Here's)\b/i, example: "Sure! Here's the section: (GPT-4o)" },
  { pattern: /^(我将|我来|为您|现为您|现将)/, example: '我将为您撰写该节正文：' },
]

/** A closing line: an offer or a hope, addressed to the user. */
const CLOSINGS: readonly Rule[] = [
  {
    pattern: /^(希望|但愿)(以上|上述|这些|本)?(内容|回答|草稿|正文)?.{0,12}(帮助|有用|满意)/,
    example: '希望以上内容对您有帮助！(DeepSeek)',
  },
  {
    pattern: /^(如需|如果您?需要|若需|如有|如您|需要我|还需要)/,
    example: '如需进一步修改，请随时告诉我。(Qwen, GPT-4o)',
  },
  {
    pattern: /^(以上|上述)(内容|正文|草稿|文字)?(仅供参考|供参考|可根据)/,
    example: '以上内容仅供参考，请根据实际情况调整。(GLM)',
  },
  { pattern: /^(请根据|可根据|您可根据|建议根据)(实际|具体)/, example: '请根据实际情况补充【待补充】处的内容。' },
  {
    pattern: /^[（(]?(注|说明|备注)[:：].{0,80}(事实清单|编号|以上|本文|草稿|引用|待补充)/,
    example: '注：文中数字均引自事实清单。(GPT-4o)',
  },
  { pattern: /^(Hope this helps|Let me know)/i, example: 'Let me know if you need changes.' },
]

/** A line that only frames: a preamble ends with a colon; a closing is short. */
const MAX_FRAME_CHARS = 80

export type CleanedDraft = {
  text: string
  /** what was removed, in Chinese, for the user */
  removed: string[]
}

/** A heading line that only names the section ("## 存在的问题及原因分析", "**下一步改进措施**"). */
const SECTION_TITLE =
  /^(四、|五、|[一二三四五六七八九十]+、)?(存在的?问题(及原因分析)?|下一步改进措施|改进措施|产生差异的原因|偏差原因分析及改进措施|差异原因)[：:]?$/

export function cleanModelOutput(raw: string): CleanedDraft {
  const removed: string[] = []
  let lines = raw.replace(/\r\n?/g, '\n').split('\n')

  // code fences and horizontal rules
  const before = lines.length
  lines = lines.filter((l) => !/^\s*(```|~~~)/.test(l) && !/^\s*([-*_])\s*\1\s*\1[\s\-*_]*$/.test(l))
  if (lines.length < before) removed.push('Markdown 代码块标记或分隔线')

  // the opening: leading lines that answer the request
  while (lines.length) {
    const first = lines[0]!.trim()
    if (!first) {
      lines.shift()
      continue
    }
    const stripped = stripMarkdownInline(first)
    // "好的，以下是正文：通过对……" on one line: only the part up to the first colon
    const inline = /^(.{2,60}?[：:])\s*(\S.*)$/.exec(stripped)
    if (inline && OPENINGS.some((r) => r.pattern.test(inline[1]!)) && /以下|如下|正文/.test(inline[1]!)) {
      removed.push(`开头的客套话：“${inline[1]}”`)
      lines[0] = inline[2]!
      break
    }
    const isOpening =
      stripped.length <= MAX_FRAME_CHARS &&
      OPENINGS.some((r) => r.pattern.test(stripped)) &&
      /[：:]$|正文|如下|撰写|起草/.test(stripped)
    if (isOpening && (/[：:]$/.test(stripped) || !/\d/.test(stripped))) {
      removed.push(`开头的客套话：“${stripped}”`)
      lines.shift()
      continue
    }
    break
  }

  // the closing: trailing lines addressed to the user
  while (lines.length) {
    const last = lines[lines.length - 1]!.trim()
    if (!last) {
      lines.pop()
      continue
    }
    const stripped = stripMarkdownInline(last)
    if (stripped.length <= MAX_FRAME_CHARS && CLOSINGS.some((r) => r.pattern.test(stripped))) {
      removed.push(`结尾的客套话：“${stripped}”`)
      lines.pop()
      continue
    }
    break
  }

  // headings: one naming the section goes; another keeps its words as a paragraph
  let headings = 0
  lines = lines.flatMap((l) => {
    const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(l)
    const bold = /^\s*\*\*([^*]+)\*\*\s*$/.exec(l)
    const title = (m?.[1] ?? bold?.[1] ?? l).trim()
    if ((m || bold) && SECTION_TITLE.test(stripMarkdownInline(title))) {
      removed.push(`标题“${stripMarkdownInline(title)}”`)
      return []
    }
    if (m) {
      headings++
      return [m[1]!]
    }
    return [l]
  })
  if (headings) removed.push(`Markdown 标题标记 ${headings} 处`)

  // bullets
  let bullets = 0
  lines = lines.map((l) => {
    const m = /^\s*[-*+•]\s+(.*)$/.exec(l)
    if (!m) return l
    bullets++
    return m[1]!
  })
  if (bullets) removed.push(`列表符号 ${bullets} 处`)

  // emphasis
  let emphasis = 0
  lines = lines.map((l) =>
    l
      .replace(/(?<![≥≤(（*])\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g, (_, t: string) => {
        emphasis++
        return t
      })
      .replace(/(?<![\w*])__(?=\S)([^_\n]+?)(?<=\S)__(?![\w])/g, (_, t: string) => {
        emphasis++
        return t
      }),
  )
  if (emphasis) removed.push(`Markdown 加粗标记 ${emphasis} 处`)

  // a space left after Chinese punctuation ("**一是……。** 综治") is no part of the text
  lines = lines.map((l) => l.replace(/([。：；，！？、])[ \t]+(?=[^\s])/gu, '$1'))
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, removed }
}

function stripMarkdownInline(s: string): string {
  return s.replace(/\*\*|__|^#+\s*/g, '').trim()
}
