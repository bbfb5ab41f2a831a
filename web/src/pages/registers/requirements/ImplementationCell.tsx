import { AutoComplete, Button, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { STANDARD_VERDICTS } from '../../../../../src/domain/registers/requirements/requirementTerms';
import { ApiError, errorMessage } from '../../../api/client';
import { setImplementation, type ImplementationView, type RequirementView } from '../../../api/requirements';

/** The verdicts offered; the park may type its own word (是), which is kept as written. */
const VERDICT_OPTIONS = [...STANDARD_VERDICTS, '是', '否'].map((v) => ({ value: v }));
const NEGATIVE = new Set(['不符合', '未落实', '否']);

/** Evidence as the editor writes it: one document a line, 名称｜文号或位置. Files come with the attachment store (issue 13). */
const evidenceText = (evidence: ImplementationView['evidence']) => evidence.map((e) => (e.reference ? `${e.title}｜${e.reference}` : e.title)).join('\n');
const readEvidence = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split(/[|｜]/).map((p) => p.trim()))
    .filter(([title]) => title)
    .map(([title, ...rest]) => ({ title: title!, reference: rest.join('｜') }));

export function VerdictTag({ verdict }: { verdict: string }) {
  return <Tag color={NEGATIVE.has(verdict) ? 'red' : verdict === '基本符合' ? 'orange' : 'green'}>{verdict}</Tag>;
}

export function CarriedTag({ implementation }: { implementation: ImplementationView }) {
  if (implementation.carriedFromYear === null) return null;
  return (
    <Tooltip title={`沿用${implementation.carriedFromYear}年的文字，尚未按本年情况修改；保存后即为本年落实情况`}>
      <Tag color="orange">沿用上年</Tag>
    </Tooltip>
  );
}

interface Props {
  parkCode: string;
  year: number;
  requirement: RequirementView;
  canWrite: boolean;
  onSaved: () => void;
}

/**
 * A requirement's implementation of the year, with its verdict: shown as text, or edited in place (落实情况 and
 * 符合性) and saved through the API; the server's messages show under the fields they name.
 */
export function ImplementationCell({ parkCode, year, requirement, canWrite, onSaved }: Props) {
  const impl = requirement.implementation;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState('');
  const [evidence, setEvidence] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    setText(impl?.text ?? '');
    setVerdict(impl?.verdict ?? '');
    setEvidence(evidenceText(impl?.evidence ?? []));
    setError(null);
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    try {
      await setImplementation(parkCode, requirement.id, year, { text, verdict, evidence: readEvidence(evidence) });
      setEditing(false);
      onSaved();
    } catch (err) {
      // The server names the field: 落实情况 or 符合性, with what it expects.
      setError(err instanceof ApiError && err.issues.length ? err.issues.map((i) => i.message).join('；') : errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  if (editing) {
    return (
      <Space direction="vertical" style={{ width: '100%' }} size={6}>
        <Input.TextArea aria-label="落实情况" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 12 }} maxLength={5000} />
        <Input.TextArea
          aria-label="佐证材料"
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          autoSize={{ minRows: 1, maxRows: 5 }}
          placeholder="佐证材料：每行一份，名称｜文号或存放位置"
        />
        <Space wrap>
          <AutoComplete
            aria-label="符合性"
            style={{ width: 140 }}
            options={VERDICT_OPTIONS}
            value={verdict}
            onChange={setVerdict}
            placeholder="符合性"
          />
          <Button type="primary" size="small" loading={saving} onClick={() => void save()}>
            保存
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            取消
          </Button>
        </Space>
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      </Space>
    );
  }
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {impl ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{impl.text}</Typography.Paragraph>
          <Space size={4} wrap>
            <VerdictTag verdict={impl.verdict} />
            <CarriedTag implementation={impl} />
            {impl.evidence.length ? (
              <Typography.Text type="secondary">佐证：{impl.evidence.map((e) => (e.reference ? `${e.title}（${e.reference}）` : e.title)).join('、')}</Typography.Text>
            ) : null}
          </Space>
        </>
      ) : (
        <Typography.Text type="warning">{year}年尚未填写</Typography.Text>
      )}
      {canWrite ? (
        <Button type="link" size="small" onClick={start} style={{ paddingInline: 0 }}>
          {impl ? '编辑' : '填写'}
        </Button>
      ) : null}
    </Space>
  );
}
