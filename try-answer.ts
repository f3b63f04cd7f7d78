import { analyzeTable } from './src/core/analyze.ts'
import { findSubjects } from './src/app/chat-subject.ts'
import { answerFromData } from './src/app/chat-answer.ts'
import { loadTableFile } from './src/adapters/fs-table-source.ts'
const [file, ...qs] = process.argv.slice(2)
const a = analyzeTable(await loadTableFile(file!))
for (const q of qs) {
  const s = findSubjects(q, a)
  const ans = answerFromData(a, s, [])
  console.log('Q:', q, '\n' + ans.text, '\nQUESTIONS', ans.questions, ans.questionRow)
  console.log('  ignored:', ans.verification.mentions.filter((m) => m.status !== 'verified').map((m) => m.text).join(' | '))
}
