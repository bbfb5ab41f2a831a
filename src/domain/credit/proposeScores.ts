import { scoreWhenApplies } from './scoreEvaluation.js';
import type { CreditFacts, CreditScheme, EvidenceRef, ItemProposal, SchemeItem } from './types.js';

type Honour = NonNullable<CreditFacts['honours']>[number];

/** Honour levels that meet "获得省部级及以上表彰". */
const HIGH_LEVELS: ReadonlySet<Honour['level']> = new Set(['national', 'ministerial', 'provincial']);

export const HONOUR_LEVEL_NAMES: Readonly<Record<Honour['level'], string>> = {
  national: '国家级',
  ministerial: '部级',
  provincial: '省级',
  municipal: '市级',
  other: '其他',
};

/** The reason of an item the platform cannot check from its records. */
export const NO_TOPIC_REASON = '平台不掌握此项所需记录，请人工评分';

/**
 * The platform's proposal for every item of a scheme (one per item, in the scheme's order) from what its records show
 * of the park in the year. An item with a topic is proposed from the matching fact; a fact left undefined (the
 * platform holds no record of that kind) or an item with no topic is 'unseen', and the reason says what is missing.
 */
export function proposeScores(scheme: CreditScheme, facts: CreditFacts): ItemProposal[] {
  return scheme.items.map((item) => proposeItem(item, facts));
}

function proposeItem(item: SchemeItem, facts: CreditFacts): ItemProposal {
  switch (item.topic) {
    case 'honours':
      return honours(item, facts);
    case 'monitoringNetwork':
      return monitoringNetwork(item, facts);
    case 'eiaPermit':
      return eiaPermit(item, facts);
    case 'quota':
      return quota(item, facts);
    case 'selfMonitoring':
      return selfMonitoring(item, facts);
    case undefined:
      return unseen(item, NO_TOPIC_REASON);
  }
}

function unseen(item: SchemeItem, reason: string): ItemProposal {
  return { number: item.number, status: 'unseen', score: null, reason, records: [] };
}

function proposed(item: SchemeItem, applies: boolean, reason: string, records: EvidenceRef[]): ItemProposal {
  return { number: item.number, status: 'proposed', score: applies ? scoreWhenApplies(item) : 0, reason, records };
}

function honourLabel(h: Honour): string {
  return `${h.title}（${HONOUR_LEVEL_NAMES[h.level]}${h.awardedOn === null ? '' : `，${h.awardedOn}`}）`;
}

/** An honour of the year: awarded in it, or recorded for it without a date. */
function inYear(h: Honour, year: number): boolean {
  return h.awardedOn === null || h.awardedOn.slice(0, 4) === String(year);
}

function honours(item: SchemeItem, facts: CreditFacts): ItemProposal {
  if (facts.honours === undefined) return unseen(item, '平台尚无园区荣誉记录');
  const ofYear = facts.honours.filter((h) => inYear(h, facts.year));
  const high = ofYear.filter((h) => HIGH_LEVELS.has(h.level));
  const ref = (h: Honour): EvidenceRef => ({ label: honourLabel(h), entity: 'parkHonour', id: h.id });
  if (high.length > 0) {
    return proposed(item, true, `${facts.year}年度园区获得省部级及以上表彰：${high.map(honourLabel).join('；')}`, high.map(ref));
  }
  if (ofYear.length === 0) return proposed(item, false, `平台记录的${facts.year}年度园区荣誉为空`, []);
  return proposed(
    item,
    false,
    `${facts.year}年度园区荣誉中没有省部级及以上表彰：${ofYear.map(honourLabel).join('；')}`,
    ofYear.map(ref),
  );
}

function monitoringNetwork(item: SchemeItem, facts: CreditFacts): ItemProposal {
  const stations = facts.connectedStations;
  if (stations === undefined) return unseen(item, '平台不掌握园区监测站点的联网记录');
  // UNCONFIRMED: "按要求将数据与省监管平台联网" is read as: the park's stations send their data to this platform.
  const basis = '（口径未经确认：按园区监测站点向本平台发送数据认定为联网）';
  if (stations.length === 0) return proposed(item, false, `${facts.year}年度园区没有监测站点向本平台发送数据${basis}`, []);
  return proposed(
    item,
    true,
    `${facts.year}年度园区${stations.length}个监测站点向本平台发送数据：${stations.map((s) => `${s.name}（${s.kind}）`).join('、')}${basis}`,
    stations.map((s) => ({ label: s.name, entity: 'station', id: s.id })),
  );
}

function eiaPermit(item: SchemeItem, facts: CreditFacts): ItemProposal {
  const withoutEia = facts.enterprisesWithoutEia;
  const withoutPermit = facts.enterprisesWithoutPermit;
  if (withoutEia === undefined && withoutPermit === undefined) return unseen(item, '平台尚无企业环评与排污许可记录');
  const parts: string[] = [];
  const records: EvidenceRef[] = [];
  const seen = new Set<number>();
  const add = (list: { id: number; name: string }[]): void => {
    for (const e of list) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      records.push({ label: e.name, entity: 'enterprise', id: e.id });
    }
  };
  if (withoutEia !== undefined && withoutEia.length > 0) {
    parts.push(`未依法开展环境影响评价：${withoutEia.map((e) => e.name).join('、')}`);
    add(withoutEia);
  }
  if (withoutPermit !== undefined && withoutPermit.length > 0) {
    parts.push(`未按要求申领排污许可证：${withoutPermit.map((e) => e.name).join('、')}`);
    add(withoutPermit);
  }
  if (parts.length > 0) return proposed(item, true, `一企一档中有企业${parts.join('；')}`, records);
  if (withoutEia === undefined) return unseen(item, '一企一档中的企业均已申领排污许可证，但平台尚无企业环评记录');
  if (withoutPermit === undefined) return unseen(item, '一企一档中的企业均已开展环评，但平台尚无企业排污许可记录');
  return proposed(item, false, '一企一档中的企业均已开展环评并申领排污许可证', []);
}

function quota(item: SchemeItem, facts: CreditFacts): ItemProposal {
  const over = facts.pollutantsOverQuota;
  if (over === undefined) return unseen(item, `平台尚无${facts.year}年度总量控制指标或排放量记录`);
  if (over.length === 0) return proposed(item, false, `${facts.year}年度园区各污染物排放量均未超过总量控制指标`, []);
  return proposed(
    item,
    true,
    `${facts.year}年度园区污染物排放超过总量控制指标：${over.map((p) => `${p.name}排放${p.emitted}t/a，指标${p.quota}t/a`).join('；')}`,
    over.map((p) => ({ label: p.name, entity: 'pollutantQuota', id: p.key })),
  );
}

function selfMonitoring(item: SchemeItem, facts: CreditFacts): ItemProposal {
  const sm = facts.selfMonitoring;
  if (sm === undefined || sm.planned === 0) return unseen(item, `平台尚无${facts.year}年度自行监测计划`);
  if (sm.notImplemented.length === 0) {
    return proposed(item, false, `${facts.year}年度自行监测计划${sm.planned}项均已开展`, []);
  }
  return proposed(
    item,
    true,
    `${facts.year}年度自行监测计划${sm.planned}项中有${sm.notImplemented.length}项未开展：${sm.notImplemented.map((n) => n.label).join('、')}`,
    sm.notImplemented.map((n) => ({ label: n.label, entity: 'monitoringPlanItem', id: n.id })),
  );
}
