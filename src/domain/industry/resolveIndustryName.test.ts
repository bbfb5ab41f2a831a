import { describe, it, expect } from 'vitest';
import { resolveIndustryName } from './resolveIndustryName.js';

describe('resolveIndustryName', () => {
  // Every name below is printed in a real park's enterprise table (seed reports).
  it.each([
    ['电气机械和器材制造业', 'C38'],
    ['非金属矿物制品业', 'C30'],
    ['通用设备制造业', 'C34'],
    ['其他基础化学原料制造', 'C2619'],
    ['化学原料和化学制品制造业', 'C26'],
    ['有色金属冶炼和压延加工业', 'C32'],
    ['研究和试验发展', 'M73'],
    ['科技推广和应用服务业', 'M75'],
    ['金属制品业', 'C33'],
    ['文教、工美、体育和娱乐用品制造业', 'C24'],
    ['专用设备制造业', 'C35'],
    ['计算机、通信和其他电子设备制造业', 'C39'],
    ['其他制造业', 'C41'],
    ['道路运输业', 'G54'],
    ['零售业', 'F52'],
    ['农副食品加工业', 'C13'],
    ['食品制造业', 'C14'],
    ['印刷和记录媒介复制业', 'C23'],
    ['纺织服装、服饰业', 'C18'],
    ['木材加工和木、竹、藤、棕、草制品业', 'C20'],
    ['批发业', 'F51'],
    ['汽车制造业', 'C36'],
    ['医药制造业', 'C27'],
    ['新能源汽车', 'C3612'],
    ['农业', 'A01'],
  ])('%s → %s', (name, code) => {
    expect(resolveIndustryName(name)).toBe(code);
  });

  it('normalises whitespace and full/half-width punctuation', () => {
    expect(resolveIndustryName(' 文教,工美,体育和娱乐用品制造业 ')).toBe('C24');
    expect(resolveIndustryName('文教，工美，体育和娱乐用品制造业')).toBe('C24');
    expect(resolveIndustryName('纺织服装, 服饰业')).toBe('C18');
    expect(resolveIndustryName('电气机械和器材 制造业\n')).toBe('C38');
    expect(resolveIndustryName('电线，电缆制造')).toBe('C3831');
  });

  it('resolves 门类 names, and shared names to the deeper level', () => {
    expect(resolveIndustryName('制造业')).toBe('C');
    expect(resolveIndustryName('房地产业')).toBe('K70');
    expect(resolveIndustryName('教育')).toBe('P83');
    expect(resolveIndustryName('金属表面处理及热处理加工')).toBe('C3360');
  });

  it('older GB/T 4754-2002 names via aliases', () => {
    expect(resolveIndustryName('化学原料及化学制品制造业')).toBe('C26');
    expect(resolveIndustryName('电气机械及器材制造业')).toBe('C38');
    expect(resolveIndustryName('通信设备、计算机及其他电子设备制造业')).toBe('C39');
    expect(resolveIndustryName('新能源汽车制造')).toBe('C3612');
  });

  it('unknown, partial or empty names → null', () => {
    for (const bad of ['', '   ', '电气', '电气机械', '制造', '汽车', 'C38', '新能源']) {
      expect(resolveIndustryName(bad), bad).toBeNull();
    }
    expect(resolveIndustryName(undefined as unknown as string)).toBeNull();
  });
});
