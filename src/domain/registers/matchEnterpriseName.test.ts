import { describe, expect, it } from 'vitest';
import { matchEnterpriseName } from './matchEnterpriseName.js';

// Names from seed 000's enterprise ledger (table 1.3-1), except e6, made up to carry brackets.
const FILE = [
  { id: 'e1', name: '湖南万祺科技有限公司' },
  { id: 'e2', name: '祁东晶祺机械有限公司' },
  { id: 'e3', name: '湖南省富生钢结构有限公司' },
  { id: 'e4', name: '衡阳市富比德科学仪器有限公司' },
  { id: 'e5', name: '湖南领湃新能源科技有限公司' },
  { id: 'e6', name: '湖南恒盛（祁东）新材料股份有限公司' },
  { id: 'e7', name: '湖南尚鑫新材料科技有限公司' },
];

describe('matchEnterpriseName', () => {
  it('matches the same name, ignoring spaces and full-width forms', () => {
    expect(matchEnterpriseName(' 湖南万祺科技 有限公司', FILE)).toEqual({ kind: 'exact', enterprise: FILE[0] });
  });

  it('proposes the enterprise whose name differs only by 有限公司 / 有限责任公司 / 股份有限公司', () => {
    expect(matchEnterpriseName('湖南万祺科技有限责任公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[0], reason: 'suffix' });
    expect(matchEnterpriseName('湖南恒盛（祁东）新材料有限公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[5], reason: 'suffix' });
  });

  it('proposes the enterprise whose name differs only by its brackets', () => {
    expect(matchEnterpriseName('湖南恒盛(祁东)新材料股份有限公司', FILE)).toEqual({ kind: 'exact', enterprise: FILE[5] });
    expect(matchEnterpriseName('湖南恒盛祁东新材料股份有限公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[5], reason: 'brackets' });
    expect(matchEnterpriseName('湖南恒盛【祁东】新材料有限责任公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[5], reason: 'brackets' });
  });

  it('proposes the enterprise one character apart: replaced, missing or extra', () => {
    // Seed 000's table 10 writes 祁东晶褀 (U+8900), its table 1.3-1 祁东晶祺 (U+797A).
    expect(matchEnterpriseName('祁东晶褀机械有限公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[1], reason: 'oneCharacter' });
    expect(matchEnterpriseName('湖南富生钢结构有限公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[2], reason: 'oneCharacter' });
    expect(matchEnterpriseName('湖南领湃新能源科技术有限公司', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[4], reason: 'oneCharacter' });
    expect(matchEnterpriseName('湖南尚鑫新材料科技有限公', FILE)).toEqual({ kind: 'proposal', enterprise: FILE[6], reason: 'oneCharacter' });
  });

  it('proposes nothing for two characters apart or an unknown enterprise', () => {
    expect(matchEnterpriseName('湖南富生钢构有限公司', FILE)).toEqual({ kind: 'none' });
    expect(matchEnterpriseName('衡阳市鑫牛电子科技有限公司', FILE)).toEqual({ kind: 'none' });
    expect(matchEnterpriseName('', FILE)).toEqual({ kind: 'none' });
    expect(matchEnterpriseName('湖南万祺科技有限公司', [])).toEqual({ kind: 'none' });
  });

  it('prefers a suffix difference over a one-character one', () => {
    const file = [{ id: 'a', name: '湖南万棋科技有限责任公司' }, { id: 'b', name: '湖南万祺科技有限责任公司' }];
    expect(matchEnterpriseName('湖南万祺科技有限公司', file)).toEqual({ kind: 'proposal', enterprise: file[1], reason: 'suffix' });
  });
});
