import { EditOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CreditScheme, SchemeItem } from '../../../../../src/domain/credit/types';
import type { CreditEvaluationView, EvaluationItem } from '../../../api/credit';
import { RecordLink } from '../../reports/components/RecordLink';
import { mergedSpans, pointsText, recordOf, scoreOptions, scoreWords } from './labels';

export interface CreditRow {
  item: SchemeItem;
  entry: EvaluationItem | undefined;
  /** The score shown: the one being entered, else the stored one. */
  score: number;
  level1Span: number;
  level2Span: number;
  lastYear: number | null;
}

/**
 * The scoring table as the report prints it (序号 | 一级指标 | 二级评价指标 | 评价标准 | 得分 | 自评分, the indicators
 * merged over their rows), each item's 自评分 a select of 0 and its points while the evaluation is open, with the
 * platform's proposal beside it (its reason and records, a tag when the entered score differs), last year's score,
 * and the comment and evidence.
 */
export function CreditTable({
  scheme,
  view,
  scores,
  editable,
  saving,
  onScore,
  onDetail,
}: {
  scheme: CreditScheme;
  view: CreditEvaluationView;
  scores: Readonly<Record<string, number>>;
  editable: boolean;
  saving: string | null;
  onScore: (item: SchemeItem, score: number) => void;
  onDetail: (item: SchemeItem) => void;
}) {
  const spans = mergedSpans(scheme.items);
  const last = view.lastYear;
  const rows: CreditRow[] = scheme.items.map((item, i) => {
    const entry = view.items.find((x) => x.number === item.number);
    return {
      item,
      entry,
      score: scores[item.number] ?? entry?.score ?? 0,
      level1Span: spans.level1[i]!,
      level2Span: spans.level2[i]!,
      lastYear: last?.scores.find((s) => s.number === item.number)?.score ?? (last ? 0 : null),
    };
  });

  const columns: ColumnsType<CreditRow> = [
    { title: '序号', key: 'number', width: 56, align: 'center', render: (_: unknown, r) => r.item.number },
    { title: '一级指标', key: 'level1', width: 90, align: 'center', onCell: (r) => ({ rowSpan: r.level1Span }), render: (_: unknown, r) => r.item.level1 },
    { title: '二级评价指标', key: 'level2', width: 110, align: 'center', onCell: (r) => ({ rowSpan: r.level2Span }), render: (_: unknown, r) => r.item.level2 },
    { title: '评价标准', key: 'criterion', render: (_: unknown, r) => <span style={{ whiteSpace: 'pre-line' }}>{r.item.criterion}</span> },
    { title: '得分', key: 'points', width: 96, align: 'center', render: (_: unknown, r) => pointsText(r.item) },
    {
      title: '自评分',
      key: 'score',
      width: 130,
      align: 'center',
      render: (_: unknown, r) =>
        editable ? (
          <Select
            size="small"
            aria-label={`第${r.item.number}项自评分`}
            style={{ width: 110 }}
            value={r.score}
            loading={saving === r.item.number}
            options={scoreOptions(r.item)}
            onChange={(v: number) => onScore(r.item, v)}
          />
        ) : (
          <span data-testid={`score-${r.item.number}`}>{r.item.effect.kind === 'setsGrade' ? (r.score ? '是' : '0') : String(r.score)}</span>
        ),
    },
    {
      title: '平台建议',
      key: 'proposal',
      width: 300,
      render: (_: unknown, r) => {
        const p = r.entry?.proposal;
        if (!p) return null;
        if (p.status === 'unseen' || p.score === null) return <Typography.Text type="secondary">{p.reason}</Typography.Text>;
        const differs = p.score !== r.score;
        return (
          <div data-testid={`proposal-${r.item.number}`}>
            <Space size={4} wrap>
              <Tag color={differs ? 'orange' : 'green'}>建议 {scoreWords(r.item, p.score)}</Tag>
              {differs ? <Tag color="red">与自评分不一致</Tag> : null}
            </Space>
            <div style={{ marginTop: 4 }}>{p.reason}</div>
            {p.records.length ? (
              <Space size={[8, 0]} wrap style={{ fontSize: 12 }}>
                {p.records.map((rec, k) => {
                  const ref = recordOf(rec);
                  return ref ? <RecordLink key={k} record={ref} /> : <span key={k}>{rec.label}</span>;
                })}
              </Space>
            ) : null}
          </div>
        );
      },
    },
    ...(last
      ? [
          {
            title: `${last.year}年`,
            key: 'last',
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: CreditRow) =>
              r.lastYear === null ? '—' : r.lastYear !== r.score ? <Tag color="blue">{scoreWords(r.item, r.lastYear)}</Tag> : scoreWords(r.item, r.lastYear),
          },
        ]
      : []),
    {
      title: '说明与证明材料',
      key: 'detail',
      width: 220,
      render: (_: unknown, r) => (
        <Space direction="vertical" size={2}>
          {r.entry?.comment ? <span>{r.entry.comment}</span> : null}
          {r.entry?.evidence.length ? (
            <Space size={[6, 0]} wrap style={{ fontSize: 12 }}>
              {r.entry.evidence.map((e, k) => {
                const ref = recordOf(e);
                return ref ? <RecordLink key={k} record={ref} /> : <Tag key={k}>{e.label}</Tag>;
              })}
            </Space>
          ) : null}
          {editable ? (
            <Button size="small" type="link" icon={<EditOutlined />} style={{ padding: 0 }} aria-label={`填写第${r.item.number}项说明`} onClick={() => onDetail(r.item)}>
              说明
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Table<CreditRow>
      size="small"
      bordered
      rowKey={(r) => r.item.number}
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(r) => (r.entry?.proposal.status === 'proposed' && r.entry.proposal.score !== r.score ? 'credit-row-differs' : '')}
      scroll={{ x: 1200 }}
    />
  );
}
