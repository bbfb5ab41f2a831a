import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReportTextBlockView } from '../../../../../src/services/reports/reportModelSchema';
import { errorMessage } from '../../../api/client';
import { resetAnnualReportText, setAnnualReportText } from '../../../api/reports';
import { applyServerIssues } from '../../../components/serverIssues';
import { TextMark } from './TextMark';

interface Props {
  parkCode: string;
  year: number;
  /** The paragraph being edited; the editor is closed without one. */
  block: ReportTextBlockView | null;
  onClose: () => void;
  /** After the text was saved or reset: the report and its check are stale. */
  onChanged: () => void;
}

/**
 * Writes a paragraph of the year's report: a generated one replaced by the user's words (and back), or a
 * narrative chapter (三 成效, 四 问题和难题, 五 下一步工作计划), starting from last year's text when there is one.
 */
export function ReportTextEditor({ parkCode, year, block, onClose, onChanged }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState<'save' | 'reset' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const narrative = block?.kind === 'narrative';
  // Written this year (not carried over): only such a text can be reset.
  const ownText = block?.text != null && block.carriedFromYear == null;

  const run = async (kind: 'save' | 'reset', action: () => Promise<unknown>, done: string) => {
    setBusy(kind);
    setFailure(null);
    try {
      await action();
      message.success(done);
      onChanged();
      onClose();
    } catch (err) {
      const rest = kind === 'save' ? applyServerIssues(form, err, ['text']) : [errorMessage(err)];
      if (rest.length > 0) setFailure(rest.join('；'));
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    // An empty field shows its message under the field; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (values) await run('save', () => setAnnualReportText(parkCode, year, block!.key, values.text), '报告文字已保存');
  };
  const reset = () =>
    run('reset', () => resetAnnualReportText(parkCode, year, block!.key), narrative ? `已删除${year}年的文字` : '已恢复生成的文字');

  return (
    <Modal
      open={block !== null}
      title={block ? `${narrative ? '编写' : '编辑段落'}：${block.section}` : ''}
      width={760}
      onCancel={onClose}
      afterClose={() => setFailure(null)}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <span>
            {ownText ? (
              <Popconfirm
                title={narrative ? `删除${year}年的文字？` : '恢复生成的文字？'}
                description={narrative ? '报告将沿用上一年的文字（若有）。' : '您编写的文字将被删除，报告打印平台根据数据生成的段落。'}
                okText="确定"
                cancelText="取消"
                onConfirm={reset}
              >
                <Button danger loading={busy === 'reset'}>
                  {narrative ? '删除本年文字' : '恢复生成的文字'}
                </Button>
              </Popconfirm>
            ) : null}
          </span>
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={busy === 'save'} onClick={save}>
              保存
            </Button>
          </Space>
        </Flex>
      }
    >
      {block ? (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <TextMark block={block} />
          {block.generated !== null ? <GeneratedText text={block.generated} onUse={() => form.setFieldsValue({ text: block.generated! })} /> : null}
          {failure ? <Alert type="error" showIcon message="保存失败" description={failure} /> : null}
          <Form form={form} layout="vertical" requiredMark={false} initialValues={{ text: block.text ?? block.generated ?? '' }}>
            <Form.Item
              name="text"
              label={`${year}年报告中的文字`}
              extra="每行为一个段落。文中的数字将在“报告检查”中与报告的统计数字核对。"
              rules={[{ required: true, whitespace: true, message: '请填写文字' }]}
            >
              <Input.TextArea aria-label="段落文字" autoSize={{ minRows: 8, maxRows: 20 }} />
            </Form.Item>
          </Form>
        </Space>
      ) : null}
    </Modal>
  );
}

/** The paragraph the platform generates, to compare with and to start from. */
function GeneratedText({ text, onUse }: { text: string; onUse: () => void }) {
  return (
    <div style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}>
      <Flex justify="space-between" align="center">
        <Tag>平台生成的文字</Tag>
        <Button size="small" type="link" onClick={onUse}>
          以此为起点
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', maxHeight: 160, overflow: 'auto' }}>
        {text}
      </Typography.Paragraph>
    </div>
  );
}
