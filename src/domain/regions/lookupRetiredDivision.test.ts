import { describe, it, expect } from 'vitest';
import { lookupRetiredDivision } from './lookupRetiredDivision.js';

describe('lookupRetiredDivision', () => {
  it('431121 祁阳县 → replaced by 431181 in 2021', () => {
    expect(lookupRetiredDivision('431121')).toEqual({
      code: '431121',
      name: '祁阳县',
      fullName: '湖南省永州市祁阳县',
      retiredYear: 2021,
      successorCode: '431181',
    });
  });

  it('current or malformed codes → null', () => {
    expect(lookupRetiredDivision('431181')).toBeNull();
    expect(lookupRetiredDivision('x')).toBeNull();
  });
});
