import { describe, expect, it } from 'vitest';
import { RULE_TRIGGER_KINDS, RULE_TRIGGER_LABELS, triggerText } from './admissionLabels.js';
import { DEMO_PARK_ADMISSION_RULES } from './demoParkAdmissionRules.js';

describe('triggerText', () => {
  it('words each trigger of the demo park (seed 000 tables 1 and 4)', () => {
    expect(DEMO_PARK_ADMISSION_RULES.rules.map((r) => triggerText(r.trigger))).toEqual([
      '涉重金属',
      '气型污染',
      '气型污染',
      '新增工业用地 M3',
      '行业 C397、C398',
      '行业 C3982',
      '涉VOCs排放',
    ]);
  });

  it('has a label for every kind a rule can have', () => {
    expect(RULE_TRIGGER_KINDS.map((k) => RULE_TRIGGER_LABELS[k])).toEqual(['行业（GB/T 4754）', '涉重金属', '涉VOCs排放', '气型污染', '新增工业用地类别']);
  });
});
