// The visible gaps a draft leaves where the data states no cause: 【待补充：…原因】. The drafting
// engines write them; the UI highlights them and turns each into a question for the user.

export type Placeholder = {
  /** the whole marker as written ("【待补充：财政拨款执行率偏低的原因】") */
  text: string
  /** what is missing ("财政拨款执行率偏低的原因"); '' when the marker names nothing */
  topic: string
  start: number
  end: number
}

/** 【待补充】, 【待补充：…】, 【待补充:…】 and the 〖〗/[] look-alikes models produce. */
const PLACEHOLDER = /[【〖[]\s*待补充\s*(?:[：:]\s*([^】〗\]]*?))?\s*[】〗\]]/g

export function placeholder(topic: string): string {
  return `【待补充：${topic}】`
}

export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    text: m[0],
    topic: (m[1] ?? '').trim(),
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** The question a placeholder asks the user. */
export function placeholderQuestion(p: Placeholder): string {
  return p.topic ? `请补充：${p.topic.replace(/[。；;]+$/, '')}` : '请补充稿件中标注“待补充”处的内容'
}
