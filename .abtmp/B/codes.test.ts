import { describe, expect, it } from 'vitest';
import { CN, CN_LABELS, DATA_FLAGS, EXE_RTN, EXE_RTN_LABELS, FLAG_VERSIONS, isDataFlag, isValidDataFlag, QN_RTN, QN_RTN_LABELS, ST, ST_LABELS } from './codes.js';

// Values from hj212.md §1.2.
describe('ST and CN', () => {
  it('system codes: 22 ambient air, 32 surface-water pollution source, 91 system interaction', () => {
    expect(ST.ambientAir).toBe('22');
    expect(ST.surfaceWaterPollutionSource).toBe('32');
    expect(ST.systemInteraction).toBe('91');
    expect(ST_LABELS['91']).toBe('系统交互');
  });

  it('command codes: 2011 real-time, 2051 minute, 2061 hour, 2031 day, 9011–9014 replies', () => {
    expect([CN.realTimeData, CN.minuteData, CN.hourData, CN.dayData]).toEqual(['2011', '2051', '2061', '2031']);
    expect([CN.requestAnswer, CN.executionResult, CN.noticeAnswer, CN.dataAnswer]).toEqual(['9011', '9012', '9013', '9014']);
    expect(CN_LABELS['9014']).toBe('数据应答');
  });

  it('every code has a label and codes are unique', () => {
    expect(Object.keys(ST_LABELS).sort()).toEqual(Object.values(ST).sort());
    expect(Object.keys(CN_LABELS).sort()).toEqual(Object.values(CN).sort());
    expect(new Set(Object.values(CN)).size).toBe(Object.values(CN).length);
  });
});

describe('Flag versions', () => {
  it('V=0 → 2005, V=1 → 2017 (Flag 4–7), V=2 → 2025 (Flag 8–11)', () => {
    expect(FLAG_VERSIONS[0]).toBe('2005');
    expect(FLAG_VERSIONS[5 >> 2]).toBe('2017');
    expect(FLAG_VERSIONS[9 >> 2]).toBe('2025');
    expect(FLAG_VERSIONS[13 >> 2]).toBeUndefined();
  });
});

describe('QnRtn and ExeRtn', () => {
  it('QnRtn: 1 ready, 2 rejected, 3 PW, 4 MN, 5 ST, 6 Flag, 7 QN, 8 CN, 9 CRC, 100 unknown', () => {
    expect(Object.values(QN_RTN)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
    expect(QN_RTN_LABELS[QN_RTN.crcError]).toBe('CRC 校验错误');
  });

  it('ExeRtn: 1 ok, 2 failed for an unknown reason, 3 condition, 4 timeout, 5 busy, 6 fault, 100 no data', () => {
    expect(Object.values(EXE_RTN)).toEqual([1, 2, 3, 4, 5, 6, 100]);
    expect(EXE_RTN_LABELS[EXE_RTN.noData]).toBe('没有数据');
  });
});

describe('data marks (std §6.6.4)', () => {
  it('N and S are valid; F, M, D, C, T, B are not', () => {
    expect(Object.keys(DATA_FLAGS)).toEqual(['N', 'F', 'M', 'S', 'D', 'C', 'T', 'B']);
    expect(['N', 'S'].map(isValidDataFlag)).toEqual([true, true]);
    expect(['F', 'M', 'D', 'C', 'T', 'B'].map(isValidDataFlag)).toEqual([false, false, false, false, false, false]);
  });

  it('unknown, lowercase or longer marks are neither data marks nor valid', () => {
    for (const text of ['n', 'X', 'NN', '', 'constructor']) {
      expect(isDataFlag(text)).toBe(false);
      expect(isValidDataFlag(text)).toBe(false);
    }
  });
});
