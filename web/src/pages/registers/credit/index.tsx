import { CheckCircleOutlined, HistoryOutlined, LockOutlined, PlayCircleOutlined, ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Collapse, Descriptions, Empty, Popconfirm, Row, Select, Statistic, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { scoreEvaluation } from '../../../../../src/domain/credit/scoreEvaluation';
import type { EvaluationResult, SchemeItem } from '../../../../../src/domain/credit/types';
import { useAccess } from '../../../access';
import { ApiError, errorMessage } from '../../../api/client';
import {
  createCreditEvaluation,
  getCreditEvaluation,
  reopenCreditEvaluation,
  setCreditItemScore,
  submitCreditEvaluation,
  type CreditEvaluationView,
} from '../../../api/credit';
import { dateTime, yearOptions } from '../../../components/formatting';
import { PageHeader } from '../../../components/PageHeader';
import { useRemote } from '../../../components/useRemote';
import { useReportYear } from '../../../components/useReportYear';
import { useCurrentPark } from '../../../park/ParkContext';
import { CreditTable } from './CreditTable';
import { HistoryDrawer } from './HistoryDrawer';
import { HonoursCard } from './HonoursCard';
import { ItemDetailModal } from './ItemDetailModal';
import { schemeLine, scoreWords } from './labels';

const gradeColor = (grade: string) => (/诚信/.test(grade) ? 'green' : /风险/.test(grade) ? 'red' : /合格/.test(grade) ? 'blue' : 'default');

/** The total and grade of the scores on the page, computed in the browser by the domain's scoreEvaluation. */
function liveResult(view: CreditEvaluationView | undefined, scores: Readonly<Record<string, number>>): { result: EvaluationResult | null; error: string | null } {
  if (!view?.scheme) return { result: null, error: null };
  try {
    const given = view.scheme.items.map((i) => ({ number: i.number, score: scores[i.number] ?? view.items.find((x) => x.number === i.number)?.score ?? 0, comment: null, evidence: [] }));
    return { result: scoreEvaluation(view.scheme, given), error: null };
  } catch (err) {
    return { result: null, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * 信用自评: the park's environmental credit self-evaluation of a year (湖南省产业园区环保信用自评表). The scheme used,
 * with what its sources leave unconfirmed; the scoring table as the report prints it, each item's 自评分 entered here
 * with a comment and evidence and the platform's proposal beside it (a tag where they differ); the total and grade
 * recomputed as scores change; submitting locks the year; last year's total, grade and scores for comparison; and the
 * park's honours of the year, which the award items are proposed from.
 */
export default function CreditPage() {
  const park = useCurrentPark();
  const { canWrite, isAdmin } = useAccess();
  const { message } = App.useApp();
  const [year, setYear] = useReportYear();
  const remote = useRemote((signal) => getCreditEvaluation(park.code, year, signal), [park.code, year]);
  /** The latest answer of a change made here (replaces the loaded one until the next load). */
  const [changed, setChanged] = useState<CreditEvaluationView | null>(null);
  /** Scores chosen and being saved, shown (and counted) at once. */
  const [pending, setPending] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [detail, setDetail] = useState<SchemeItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  useEffect(() => {
    setChanged(null);
    setPending({});
  }, [remote.data]);

  const view = changed ?? remote.data;
  const scheme = view?.scheme ?? null;
  const evaluation = view?.evaluation ?? null;
  const submitted = evaluation?.status === 'submitted';
  const editable = canWrite && evaluation !== null && !submitted;
  const live = useMemo(() => liveResult(view, pending), [view, pending]);
  const differing = view?.items.filter((i) => i.proposal.status === 'proposed' && i.proposal.score !== (pending[i.number] ?? i.score)) ?? [];

  const fail = (err: unknown) => {
    const issues = err instanceof ApiError ? err.issues.map((i) => i.message).join('；') : '';
    message.error(`${errorMessage(err)}${issues ? `：${issues}` : ''}`);
  };
  const act = async (run: () => Promise<CreditEvaluationView>, done: string) => {
    setBusy(true);
    try {
      setChanged(await run());
      setPending({});
      message.success(done);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const score = async (item: SchemeItem, value: number) => {
    const entry = view?.items.find((i) => i.number === item.number);
    setPending((p) => ({ ...p, [item.number]: value }));
    setSaving(item.number);
    try {
      const next = await setCreditItemScore(park.code, year, item.number, { score: value, comment: entry?.comment ?? null, evidence: entry?.evidence ?? [] });
      setChanged(next);
      setPending((p) => {
        const { [item.number]: _, ...rest } = p;
        return rest;
      });
    } catch (err) {
      setPending((p) => {
        const { [item.number]: _, ...rest } = p;
        return rest;
      });
      fail(err);
    } finally {
      setSaving(null);
    }
  };

  const result = live.result;
  const last = view?.lastYear ?? null;

  return (
    <>
      <PageHeader
        title="信用自评"
        subTitle="园区环保信用自评：按评价方案逐项自评，平台根据记录给出建议分"
        extra={
          <>
            <Select aria-label="年度" style={{ width: 120 }} value={year} onChange={setYear} options={yearOptions()} />
            <Button icon={<ReloadOutlined />} onClick={remote.reload}>
              刷新
            </Button>
            {evaluation ? (
              <Button icon={<HistoryOutlined />} onClick={() => setShowHistory(true)}>
                修改记录
              </Button>
            ) : null}
            {canWrite && view && !evaluation && scheme ? (
              <Button type="primary" icon={<PlayCircleOutlined />} loading={busy} onClick={() => act(() => createCreditEvaluation(park.code, year), `已开始${year}年自评`)}>
                开始自评
              </Button>
            ) : null}
            {editable ? (
              <Popconfirm
                title={`提交${year}年自评？`}
                description={`提交后锁定，不能再修改${differing.length ? `；仍有${differing.length}项与平台建议不一致` : ''}`}
                okText="提交"
                cancelText="取消"
                onConfirm={() => act(() => submitCreditEvaluation(park.code, year), `已提交${year}年自评`)}
              >
                <Button type="primary" icon={<LockOutlined />} loading={busy}>
                  提交自评
                </Button>
              </Popconfirm>
            ) : null}
            {submitted && isAdmin ? (
              <Popconfirm title="退回已提交的自评以便修改？" okText="退回" cancelText="取消" onConfirm={() => act(() => reopenCreditEvaluation(park.code, year), '已退回，可以修改')}>
                <Button icon={<UnlockOutlined />} loading={busy}>
                  退回修改
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {remote.error ? <Alert type="error" showIcon message="读取信用自评失败" description={remote.error} style={{ marginBottom: 16 }} /> : null}
      {view && !scheme ? <Alert type="warning" showIcon message={`没有适用于本园区${year}年的信用评价方案`} style={{ marginBottom: 16 }} /> : null}
      {live.error ? <Alert type="error" showIcon message="自评分有误" description={live.error} style={{ marginBottom: 16 }} /> : null}

      {view && scheme ? (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={14}>
              <Card size="small" title="评价方案" style={{ height: '100%' }}>
                <Descriptions size="small" column={2} bordered>
                  <Descriptions.Item label="方案名称" span={2}>
                    {scheme.name}
                  </Descriptions.Item>
                  <Descriptions.Item label="文号">{scheme.document ?? <Typography.Text type="secondary">未注明文号</Typography.Text>}</Descriptions.Item>
                  <Descriptions.Item label="版本">{scheme.version}</Descriptions.Item>
                  <Descriptions.Item label="适用年度">{`${scheme.years.from}年${scheme.years.to === null ? '起' : `至${scheme.years.to}年`}`}</Descriptions.Item>
                  <Descriptions.Item label="初始分 / 满分">{`${scheme.initialScore}分 / ${scheme.maximum === null ? '不设上限' : `${scheme.maximum}分`}`}</Descriptions.Item>
                  <Descriptions.Item label="等级" span={2}>
                    {scheme.grades.map((g) => `${g.name}${g.minTotal === null ? '（其余）' : `（≥${g.minTotal}分）`}`).join('、')}
                  </Descriptions.Item>
                </Descriptions>
                {scheme.unconfirmed.length || scheme.notes.length ? (
                  <Collapse
                    size="small"
                    style={{ marginTop: 12 }}
                    items={[
                      ...(scheme.unconfirmed.length
                        ? [
                            {
                              key: 'unconfirmed',
                              label: `方案中未经确认的内容（${scheme.unconfirmed.length}项）`,
                              children: (
                                <ul style={{ margin: 0, paddingLeft: 20 }}>
                                  {scheme.unconfirmed.map((u, i) => (
                                    <li key={i}>{u}</li>
                                  ))}
                                </ul>
                              ),
                            },
                          ]
                        : []),
                      ...(scheme.notes.length
                        ? [
                            {
                              key: 'notes',
                              label: `方案说明（${scheme.notes.length}条）`,
                              children: (
                                <ul style={{ margin: 0, paddingLeft: 20 }}>
                                  {scheme.notes.map((n, i) => (
                                    <li key={i}>{n}</li>
                                  ))}
                                </ul>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                ) : null}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card
                size="small"
                title={`${year}年自评结果`}
                style={{ height: '100%' }}
                extra={
                  evaluation ? (
                    submitted ? (
                      <Tag icon={<LockOutlined />} color="green">
                        已提交{evaluation.submittedBy ? ` ${evaluation.submittedBy}` : ''}
                        {evaluation.submittedAt ? ` ${dateTime(evaluation.submittedAt)}` : ''}
                      </Tag>
                    ) : (
                      <Tag color="gold">草稿</Tag>
                    )
                  ) : (
                    <Tag>尚未开始</Tag>
                  )
                }
              >
                <Row gutter={16}>
                  <Col span={8}>
                    <div data-testid="credit-total">
                      <Statistic title="总分" value={result ? result.total : '—'} suffix={result ? '分' : undefined} valueStyle={{ fontSize: 28 }} />
                    </div>
                  </Col>
                  <Col span={16}>
                    <div className="ant-statistic-title" style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 4 }}>
                      等级
                    </div>
                    {result ? (
                      <Tag color={gradeColor(result.grade)} style={{ fontSize: 18, padding: '4px 10px' }} data-testid="credit-grade">
                        {result.grade}
                      </Tag>
                    ) : (
                      '—'
                    )}
                    {result && result.rawTotal !== result.total ? (
                      <div style={{ marginTop: 4, fontSize: 12 }}>
                        初始分与各项合计{result.rawTotal}分，超过满分按{result.total}分计
                      </div>
                    ) : null}
                    {result?.gradeSetBy ? <div style={{ marginTop: 4, fontSize: 12 }}>第{result.gradeSetBy}项直接评定等级</div> : null}
                  </Col>
                </Row>
                <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
                  <Descriptions.Item label="按平台建议">
                    {view.proposedResult ? `${view.proposedResult.total}分，${view.proposedResult.grade}` : '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label="与建议不一致">
                    {differing.length ? (
                      <span data-testid="credit-differing">
                        {differing.map((d) => (
                          <Tag key={d.number} color="orange">
                            第{d.number}项
                          </Tag>
                        ))}
                      </span>
                    ) : (
                      <Tag icon={<CheckCircleOutlined />} color="green">
                        无
                      </Tag>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={last ? `${last.year}年自评` : '上年自评'}>
                    {last ? (
                      <span data-testid="credit-last-year">
                        {last.total}分，{last.grade}
                        {last.status === 'draft' ? '（未提交）' : ''}
                        {result ? (
                          <Typography.Text type="secondary">
                            {result.total === last.total ? '，总分持平' : `，本年${result.total > last.total ? '增加' : '减少'}${Math.abs(result.total - last.total)}分`}
                          </Typography.Text>
                        ) : null}
                      </span>
                    ) : (
                      '无'
                    )}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
          </Row>

          {!evaluation ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={`${year}年尚未开始自评`}
              description={canWrite ? '下表为平台根据记录给出的建议分；点击“开始自评”后逐项填写自评分。' : '下表为平台根据记录给出的建议分。'}
            />
          ) : null}
          <Card size="small" title={scheme.name.replace(/[（(][^）)]*[）)]$/, '')} style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">{schemeLine(scheme)}</Typography.Text>}>
            <CreditTable scheme={scheme} view={view} scores={pending} editable={editable} saving={saving} onScore={score} onDetail={setDetail} />
            {last ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {`${last.year}年列：上年自评分，与本年不同的标为蓝色${last.schemeId !== scheme.id || last.schemeVersion !== scheme.version ? `（上年使用方案 ${last.schemeId} 版本${last.schemeVersion}，按序号对照）` : ''}。`}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </>
      ) : !view && !remote.error ? (
        <Card loading />
      ) : view && !scheme ? (
        <Empty />
      ) : null}

      <HonoursCard park={park.code} year={year} canWrite={canWrite} onChanged={remote.reload} />

      {showHistory ? <HistoryDrawer key={`${changed?.evaluation?.updatedAt ?? ''}`} park={park.code} year={year} items={scheme?.items ?? []} onClose={() => setShowHistory(false)} /> : null}

      {detail && view ? (
        <ItemDetailModal
          park={park.code}
          year={year}
          item={detail}
          entry={view.items.find((i) => i.number === detail.number)}
          score={pending[detail.number] ?? view.items.find((i) => i.number === detail.number)?.score ?? 0}
          onClose={() => setDetail(null)}
          onSaved={(next) => {
            setChanged(next);
            setDetail(null);
            message.success(`已保存第${detail.number}项（${scoreWords(detail, pending[detail.number] ?? next.items.find((i) => i.number === detail.number)?.score ?? 0)}）`);
          }}
        />
      ) : null}
    </>
  );
}
