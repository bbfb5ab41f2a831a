import { DownloadOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { exportWorkbookUrl, listEnterprises, templateWorkbookUrl } from '../../../api/enterprises';
import type { Enterprise, EnterpriseQuery } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { StatusTag } from '../../../components/StatusTag';
import { useRemote } from '../../../components/useRemote';
import {
  ENTERPRISE_STATUSES,
  ENTERPRISE_STATUS_LABELS,
  PERMIT_CLASSES,
  PERMIT_CLASS_LABELS,
  type EnterpriseStatus,
  type PermitClass,
} from '../../../labels';
import { useAccess } from '../../../access';
import { useCurrentPark } from '../../../park/ParkContext';
import { AcceptanceCell, EiaCell, EmergencyCell, PermitCell } from '../ledgerCells';
import { ImportButton } from './components/ImportButton';

type SortKey = 'seq' | 'name';

function isStatus(v: string | null): v is EnterpriseStatus {
  return v !== null && (ENTERPRISE_STATUSES as readonly string[]).includes(v);
}
function isPermitClass(v: string | null): v is PermitClass {
  return v !== null && (PERMIT_CLASSES as readonly string[]).includes(v);
}

export default function EnterpriseListPage() {
  const park = useCurrentPark();
  const { canWrite } = useAccess();
  const navigate = useNavigate();
  // Filters live in the URL so the back button returns to the same list.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const permitParam = params.get('permitClass');
  const permitClass = isPermitClass(permitParam) ? permitParam : undefined;
  const sort: SortKey = params.get('sort') === 'name' ? 'name' : 'seq';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const [pageSize, setPageSize] = useState(20);
  const [page, setPage] = useState(1);
  const [searchText, setSearchText] = useState(q);

  const setParam = (changes: Record<string, string | undefined>) => {
    // Start from the address bar, not from this render's `params`: the router applies navigations as transitions,
    // so a second quick change (清除筛选, then a search at once) would otherwise bring back the cleared filters.
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
    setPage(1);
  };

  // Search as the user types (debounced), and at once on Enter. The timer reads the latest query through a ref:
  // a stale one must not navigate (for example while a click on a name is already taking the user elsewhere).
  const latest = useRef({ q, setParam });
  latest.current = { q, setParam };
  useEffect(() => {
    const wanted = searchText.trim();
    if (wanted === latest.current.q) return;
    const t = window.setTimeout(() => {
      // The URL changes before a lazily loaded page replaces this one: do nothing once the user has left.
      if (window.location.pathname !== '/enterprises') return;
      if (wanted !== latest.current.q) latest.current.setParam({ q: wanted || undefined });
    }, 400);
    return () => window.clearTimeout(t);
  }, [searchText]);

  const query: EnterpriseQuery = { q: q || undefined, status, permitClass, sort, order };
  const list = useRemote(
    (signal) => listEnterprises(park.code, query, signal),
    [park.code, q, status, permitClass, sort, order],
  );

  const sortOrderOf = (key: SortKey) => (sort === key ? (order === 'asc' ? 'ascend' : 'descend') : null);

  const columns: ColumnsType<Enterprise> = [
    { title: '序号', dataIndex: 'seq', key: 'seq', width: 70, align: 'center', sorter: true, sortOrder: sortOrderOf('seq') },
    {
      title: '企业名称',
      dataIndex: 'name',
      key: 'name',
      width: 180,
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, e) => <Link to={`/enterprises/${e.id}`}>{name}</Link>,
    },
    {
      title: '行业类别',
      dataIndex: 'industryName',
      key: 'industry',
      width: 140,
      render: (v: string | null, e) =>
        v ? (
          <span title={e.industryCode ?? undefined}>{v}</span>
        ) : (
          <Typography.Text type="secondary">{e.industryCode ?? '未填写'}</Typography.Text>
        ),
    },
    { title: '状态', dataIndex: 'status', key: 'status', width: 80, render: (s: EnterpriseStatus) => <StatusTag status={s} /> },
    { title: '环评批复', key: 'eia', width: 190, render: (_: unknown, e) => <EiaCell e={e} /> },
    { title: '验收', key: 'acceptance', width: 90, render: (_: unknown, e) => <AcceptanceCell e={e} /> },
    { title: '应急预案', key: 'emergency', width: 170, render: (_: unknown, e) => <EmergencyCell e={e} /> },
    { title: '排污许可', key: 'permit', width: 230, render: (_: unknown, e) => <PermitCell e={e} /> },
  ];

  const onTableChange: TableProps<Enterprise>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      setPage(pagination.current ?? 1);
      setPageSize(pagination.pageSize ?? 20);
      return;
    }
    if (extra.action === 'sort' && !Array.isArray(sorter)) {
      const key = sorter.columnKey === 'name' ? 'name' : 'seq';
      const dir = sorter.order === 'descend' ? 'desc' : 'asc';
      // A third click clears the sort: back to the ledger order.
      setParam(sorter.order ? { sort: key === 'seq' ? undefined : key, order: dir === 'asc' ? undefined : dir } : { sort: undefined, order: undefined });
    }
  };

  return (
    <>
      <PageHeader
        title="企业档案（一企一档）"
        subTitle="入园企业的环评批复、竣工验收、应急预案备案与排污许可台账"
        extra={
          <>
            {canWrite ? (
              <>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprises/new')}>
                  新增企业
                </Button>
                <ImportButton parkCode={park.code} onImported={list.reload} />
                <Button icon={<FileExcelOutlined />} href={templateWorkbookUrl()} download>
                  下载模板
                </Button>
              </>
            ) : null}
            <Button icon={<DownloadOutlined />} href={exportWorkbookUrl(park.code)} download>
              导出工作簿
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label="搜索企业"
            placeholder="企业名称 / 信用代码 / 环评文号 / 许可证号"
            allowClear
            style={{ width: 360 }}
            value={searchText}
            onChange={(ev) => setSearchText(ev.target.value)}
            onSearch={(v) => setParam({ q: v.trim() || undefined })}
          />
          <Select
            aria-label="企业状态"
            placeholder="全部状态"
            allowClear
            style={{ width: 150 }}
            value={status}
            onChange={(v: EnterpriseStatus | undefined) => setParam({ status: v })}
            options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: ENTERPRISE_STATUS_LABELS[s] }))}
          />
          <Select
            aria-label="排污许可管理类别"
            placeholder="全部许可类别"
            allowClear
            style={{ width: 170 }}
            value={permitClass}
            onChange={(v: PermitClass | undefined) => setParam({ permitClass: v })}
            options={PERMIT_CLASSES.map((c) => ({ value: c, label: `${PERMIT_CLASS_LABELS[c]}管理` }))}
          />
          {q || status || permitClass ? (
            <Button
              type="link"
              onClick={() => {
                setSearchText('');
                setParam({ q: undefined, status: undefined, permitClass: undefined });
              }}
            >
              清除筛选
            </Button>
          ) : null}
        </Flex>
        {list.error ? <Alert type="error" showIcon message="读取企业列表失败" description={list.error} style={{ marginBottom: 16 }} /> : null}
        <Table<Enterprise>
          rowKey="id"
          size="middle"
          bordered
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          onChange={onTableChange}
          scroll={{ x: 1150 }}
          locale={{ emptyText: q || status || permitClass ? '没有符合条件的企业' : canWrite ? '暂无企业，可点击“新增企业”或“导入工作簿”' : '暂无企业' }}
          pagination={{
            current: page,
            pageSize,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} 家企业`,
          }}
        />
      </Card>
    </>
  );
}
