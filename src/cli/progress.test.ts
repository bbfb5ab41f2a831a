import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stepProgress } from './progress.js';

/** A stream that keeps what is written, as a terminal (isTTY) or a pipe. */
function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }) as unknown as NodeJS.WriteStream & { columns: number };
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => chunks.join('') };
}

describe('stepProgress', () => {
  it('draws the steps on a terminal, named as they come', async () => {
    const { stream, text } = sink(true);
    const p = stepProgress('生成报告', 3, '读取数据', stream);
    p.step('写出 Word');
    await new Promise((r) => setTimeout(r, 250)); // the bar redraws on a timer
    p.step('保存文件');
    p.stop();
    expect(text()).toContain('生成报告 [');
    expect(text()).toContain('1/3 写出 Word');
  });

  it('writes nothing into a pipe', () => {
    const { stream, text } = sink(false);
    const p = stepProgress('生成报告', 3, '读取数据', stream);
    p.step('写出 Word');
    p.stop();
    expect(text()).toBe('');
  });
});
