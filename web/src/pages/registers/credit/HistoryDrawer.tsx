import { Alert, Drawer, Empty, Timeline, Typography } from 'antd';
import { getCreditHistory } from '../../../api/credit';
import { dateTime } from '../../../components/formatting';
import { useRemote } from '../../../components/useRemote';
import type { SchemeItem } from '../../../../../src/domain/credit/types';
import { scoreWords } from './labels';

type Entry = { at: string; actor: string; action: string; before: unknown; after: unknown };
const field = (v: unknown, k: string): unknown => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined);

/** One change of the evaluation in words: 开始自评, 第19项 0分 → +2分, 第17项 不适用 → 适用, 提交（12分，环保诚信园区）, 退回修改. */
export function changeText(e: Entry, items: readonly SchemeItem[]): string {
  switch (e.action) {
    case 'create':
      return `开始自评（方案 ${String(field(e.after, 'schemeId'))} 版本${String(field(e.after, 'schemeVersion'))}）`;
    case 'score': {
      const number = String(field(e.after, 'number'));
      const item = items.find((i) => i.number === number);
      const words = (v: unknown) => (typeof v === 'number' ? scoreWords(item, v) : '未评');
      const comment = field(e.after, 'comment');
      return `第${number}项 ${words(field(e.before, 'score'))} → ${words(field(e.after, 'score'))}${typeof comment === 'string' && comment ? `（${comment}）` : ''}`;
    }
    case 'submit':
      return `提交（${String(field(e.after, 'total'))}分，${String(field(e.after, 'grade'))}）`;
    case 'reopen':
      return '退回修改';
    default:
      return e.action;
  }
}

/** 修改记录 of the year's evaluation, newest first, from the audit trail. */
export function HistoryDrawer({ park, year, items, onClose }: { park: string; year: number; items: readonly SchemeItem[]; onClose: () => void }) {
  const history = useRemote((signal) => getCreditHistory(park, year, signal), [park, year]);
  const entries = [...(history.data?.entries ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Drawer open title={`${year}年自评修改记录`} width={480} onClose={onClose}>
      {history.error ? <Alert type="error" showIcon message="读取修改记录失败" description={history.error} /> : null}
      {history.data && entries.length === 0 ? <Empty description="没有修改记录" /> : null}
      <Timeline
        items={entries.map((e) => ({
          color: e.action === 'submit' ? 'green' : e.action === 'reopen' ? 'orange' : 'blue',
          children: (
            <>
              <div>{changeText(e, items)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actor} {dateTime(e.at)}
              </Typography.Text>
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
