import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../../api/client';
import { listIndustries } from '../../../../api/reference';
import type { Industry } from '../../../../api/types';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}

/** 行业类别: every level of GB/T 4754-2017, searchable by code or name ("C38 电气机械和器材制造业"). */
export function IndustrySelect({ id, value, onChange }: Props) {
  const [industries, setIndustries] = useState<Industry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listIndustries()
      .then((list) => live && setIndustries(list))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, []);

  const options = (industries ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));
  // Keep an unknown stored code visible rather than showing a bare code with no label.
  if (value && industries && !industries.some((i) => i.code === value)) options.unshift({ value, label: value });

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      loading={industries === null && error === null}
      placeholder={error ? `行业分类读取失败：${error}` : '输入行业代码或名称搜索，如 C38 或 电气机械'}
      optionFilterProp="label"
      options={options}
      notFoundContent={industries === null ? '加载中…' : '无匹配的行业'}
      popupMatchSelectWidth={false}
      listHeight={320}
    />
  );
}
