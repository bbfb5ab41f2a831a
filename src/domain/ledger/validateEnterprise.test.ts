import { describe, expect, it } from 'vitest';
import { enterprise } from '../../../test/helpers/enterprise.js';
import { normalizeEnterprise } from './normalizeEnterprise.js';
import type { EnterpriseInput } from './types.js';
import { validateEnterprise } from './validateEnterprise.js';

const base = (over: Partial<EnterpriseInput> = {}): EnterpriseInput =>
  normalizeEnterprise(
    enterprise({
      name: '湖南领湃新能源科技有限公司',
      industryCode: 'C38',
      riskSource: true,
      permit: { held: true, permitClass: 'simplified', number: '91430426MA4QA91117001U', validUntil: null },
      ...over,
    }),
  );

const errors = (e: EnterpriseInput) => validateEnterprise(e).filter((i) => i.severity === 'error');
const warnings = (e: EnterpriseInput) => validateEnterprise(e).filter((i) => i.severity === 'warning');

describe('validateEnterprise', () => {
  it('accepts a clean record (the first enterprise of table 1.3-1)', () => {
    expect(validateEnterprise(base())).toEqual([]);
  });

  it('refuses a credit code of the wrong length, with a Chinese message naming the field', () => {
    const [e] = errors(base({ creditCode: '91430426MA4QA9111' }));
    expect(e).toMatchObject({ field: 'creditCode', value: '91430426MA4QA9111' });
    expect(e.message).toContain('18');
  });

  it('only warns when a real-looking credit code fails its check character (old codes do)', () => {
    const r = validateEnterprise(base({ creditCode: '91350203M0001QKT19', permit: { held: false, permitClass: null, number: null, validUntil: null } }));
    expect(r.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r[0]).toMatchObject({ field: 'creditCode', severity: 'warning' });
    expect(r[0].message).toContain('F');
  });

  it('refuses an industry code outside GB/T 4754-2017', () => {
    expect(errors(base({ industryCode: 'C99' }))[0]).toMatchObject({ field: 'industryCode', value: 'C99' });
  });

  it('refuses acceptance on a 登记表 and "not applicable" on a 报告表', () => {
    const approval = { documentNumber: null, approvedOn: null, authority: null, acceptedOn: null };
    expect(errors(base({ eiaApprovals: [{ ...approval, type: 'registration', acceptance: 'accepted' }] }))[0].field).toBe(
      'eiaApprovals.0.acceptance',
    );
    expect(errors(base({ eiaApprovals: [{ ...approval, type: 'form', acceptance: 'not_applicable' }] }))[0].field).toBe(
      'eiaApprovals.0.acceptance',
    );
  });

  it('refuses an acceptance date before the approval and bad dates', () => {
    const r = errors(
      base({
        enteredOn: '2024-13-45',
        eiaApprovals: [
          { type: 'form', documentNumber: '祁环评[2019]43号', approvedOn: '2019-06-01', authority: null, acceptance: 'accepted', acceptedOn: '2018-01-01' },
        ],
      }),
    );
    expect(r.map((i) => i.field)).toEqual(['enteredOn', 'eiaApprovals.0.acceptedOn']);
  });

  it('warns when the permit number belongs to another credit code, and when a filing says another risk level', () => {
    const w = warnings(
      base({
        creditCode: '914304267580286729',
        emergencyPlans: [{ filingNumber: '430426-2022-062-M', riskLevel: 'L', filedOn: null }],
      }),
    );
    expect(w.map((i) => i.field)).toEqual(['emergencyPlans.0.riskLevel', 'permit.number']);
  });

  it('refuses a permit number without a permit, and a clearing date on an operating enterprise', () => {
    const r = errors(base({ clearedOn: '2024-01-01', permit: { held: false, permitClass: null, number: '91430426MA4QA91117001U', validUntil: null } }));
    expect(r.map((i) => i.field)).toEqual(['clearedOn', 'permit.number']);
  });
});

describe('normalizeEnterprise', () => {
  it('trims, folds full-width characters, upper-cases codes and fills what one field says of another', () => {
    const e = base({
      name: '  湖南  领湃 ',
      permit: { held: true, permitClass: null, number: ' ９１４３０４２６ma4qa91117001u ', validUntil: null },
      emergencyPlans: [{ filingNumber: '430426-2022-062-m', riskLevel: null, filedOn: '' }],
    });
    expect(e.name).toBe('湖南 领湃');
    expect(e.permit.number).toBe('91430426MA4QA91117001U');
    expect(e.creditCode).toBe('91430426MA4QA91117');
    expect(e.emergencyPlans[0]).toEqual({ filingNumber: '430426-2022-062-M', riskLevel: 'M', filedOn: null });
  });
});
