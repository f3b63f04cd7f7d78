import { describe, expect, it } from 'vitest'
import {
  parsePromptTemplate,
  PromptTemplateError,
  renderPromptTemplate,
  requiredVariables,
} from '../../src/core/prompt-template.ts'

const section = parsePromptTemplate(
  'variance',
  '---\nname: variance\ndescription: 一行\nvariables: subject\n---\n请为{{subject}}撰写。\n\n{{> _context}}\n',
)
const context = parsePromptTemplate(
  '_context',
  '---\nvariables: facts, causes\n---\n事实：\n{{ facts }}\n原因：{{causes}}\n',
)
const partials = new Map([['_context', context]])

describe('prompt templates', () => {
  it('reads the front matter, the declared variables and the partials a body includes', () => {
    expect(section.meta).toEqual({ name: 'variance', description: '一行', variables: 'subject' })
    expect(section.variables).toEqual(['subject'])
    expect(section.partials).toEqual(['_context'])
    expect(section.body).toBe('请为{{subject}}撰写。\n\n{{> _context}}')
    expect(requiredVariables(section, partials)).toEqual(['subject', 'facts', 'causes'])
  })

  it('renders variables and partials', () => {
    const text = renderPromptTemplate(
      section,
      { subject: '“合计”行', facts: '[P1.F0.actual] 实际投入 = 30.64万元', causes: '（无）' },
      partials,
    )
    expect(text).toBe('请为“合计”行撰写。\n\n事实：\n[P1.F0.actual] 实际投入 = 30.64万元\n原因：（无）')
  })

  it('fails on a missing variable, naming it', () => {
    expect(() => renderPromptTemplate(section, { subject: 'x', facts: 'y' }, partials)).toThrow(
      'prompt variance: missing variable(s): causes',
    )
  })

  it('fails on a variable given but not used, naming it', () => {
    expect(() =>
      renderPromptTemplate(section, { subject: 'x', facts: 'y', causes: 'z', notes: 'n' }, partials),
    ).toThrow('prompt variance: variable(s) given but not used: notes')
  })

  it('does not expand template tags inside a value', () => {
    const t = parsePromptTemplate('t', '---\nvariables: a, b\n---\n{{a}}|{{b}}')
    expect(renderPromptTemplate(t, { a: '{{b}}', b: '2' })).toBe('{{b}}|2')
  })

  it('rejects a body that uses a variable its front matter does not declare', () => {
    expect(() => parsePromptTemplate('t', '---\nvariables: a\n---\n{{a}} {{b}}')).toThrow(PromptTemplateError)
    expect(() => parsePromptTemplate('t', '---\nvariables: a\n---\n{{a}} {{b}}')).toThrow('does not declare it')
  })

  it('rejects a declared variable the body never uses', () => {
    expect(() => parsePromptTemplate('t', '---\nvariables: a, b\n---\n{{a}}')).toThrow('"b" but the body never uses it')
  })

  it('rejects malformed tags and front matter', () => {
    expect(() => parsePromptTemplate('t', '---\nvariables: a\n---\n{{a}} {{ 事实 }}')).toThrow('malformed tag')
    expect(() => parsePromptTemplate('t', '---\nvariables a\n---\n{{a}}')).toThrow('is not "key: value"')
    expect(() => parsePromptTemplate('t', '---\nvariables: a\n{{a}}')).toThrow('no closing ---')
  })

  it('reads a file without front matter as a template without variables', () => {
    const t = parsePromptTemplate('_rules', '规则一。\n规则二。\n')
    expect(t.variables).toEqual([])
    expect(renderPromptTemplate(t, {})).toBe('规则一。\n规则二。')
  })

  it('fails on an unknown partial and on partials that include each other', () => {
    expect(() => renderPromptTemplate(section, { subject: 'x' })).toThrow('there is no partial _context')
    const a = parsePromptTemplate('_a', '{{> _b}}')
    const b = parsePromptTemplate('_b', '{{> _a}}')
    const top = parsePromptTemplate('top', '{{> _a}}')
    expect(() =>
      renderPromptTemplate(
        top,
        {},
        new Map([
          ['_a', a],
          ['_b', b],
        ]),
      ),
    ).toThrow('partials include each other: top → _a → _b → _a')
  })
})
