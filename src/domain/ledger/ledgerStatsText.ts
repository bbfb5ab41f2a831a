import type { LedgerStats } from './ledgerStats.js';

/** "（a，b）" from the non-empty parts, or nothing. */
const aside = (parts: (string | false)[]) => {
  const kept = parts.filter(Boolean);
  return kept.length ? `（${kept.join('，')}）` : '';
};

/**
 * The statistics paragraph printed above table 1.3-1, in the sentences the seed report uses, every figure
 * taken from {@link LedgerStats}. Clauses whose count is zero are left out rather than printed as "0家".
 */
export function ledgerStatsText(s: LedgerStats, year: number): string {
  const st = s.byStatus;
  const statusParts = [
    `正常生产企业${st.operating}家`,
    st.trial > 0 && `试生产企业${st.trial}家`,
    st.suspended > 0 && `停产企业${st.suspended}家`,
    `在建企业${st.construction}家`,
  ].filter(Boolean);

  const profile =
    `截止到${year}年底园区已入园企业${s.total}家，上一年度末已签约入园企业数量${s.movement.atPreviousYearEnd}家，` +
    `本年度内新入园企业数量${s.movement.enteredInYear}家，本年度清退企业数量${s.movement.clearedInYear}家，` +
    `${statusParts.join('，')}。`;

  const eia =
    `其中园区内已完成环评批复手续企业数量${s.eia.withApproval}个（环评批复及登记表备案共${s.eia.approvals}份），` +
    `本年度新增项目环评批复${s.eia.newInYear}个，` +
    (s.eia.withoutApproval === 0 ? '没有无环评批复的企业。' : `无环评批复的企业${s.eia.withoutApproval}家。`);

  const a = s.acceptance;
  const acceptance =
    `园区内已完成环保竣工验收手续企业数量${a.done}个，本年度新增环保竣工验收企业数量${a.newInYear}个，` +
    (a.notDone === 0
      ? '没有应验收未验收的企业'
      : `未完成验收的有${a.notDone}家` +
        aside([
          a.notDoneUnderConstruction > 0 && `${a.notDoneUnderConstruction}家企业处于在建状态`,
          a.notDoneTrial > 0 && `${a.notDoneTrial}家企业试生产，正在办理相关手续`,
          a.notDoneOther > 0 && `${a.notDoneOther}家企业已投产但尚未完成验收`,
        ])) +
    (a.notApplicable > 0 ? `；另有${a.notApplicable}家企业为建设项目环境影响登记表项目，无需办理验收手续` : '') +
    '。';

  const p = s.emergencyPlan;
  const emergency =
    `园区内应完成应急预案备案企业${p.required}家，已完成应急预案备案手续企业数量${p.filed}个，` +
    (p.notFiled === 0 ? '没有应备案未备案的企业' : `未完成应急预案备案的企业有${p.notFiled}个`) +
    aside([
      p.noRiskSource > 0 && `${p.noRiskSource}家企业无风险源`,
      p.underConstruction > 0 && `${p.underConstruction}家企业处于在建状态，暂无需办理应急预案`,
    ]) +
    '。' +
    (p.riskSourceUnknown > 0 ? `另有${p.riskSourceUnknown}家企业未备案且尚未确定是否涉及环境风险源，需核实。` : '');

  const m = s.permit;
  const permit =
    `园区内已取得排污许可证（含排污登记）企业数量${m.held}个，其中重点管理企业数量${m.byClass.key}个，` +
    `简化管理企业数量${m.byClass.simplified}个，登记管理企业数量${m.byClass.registration}个` +
    (m.heldClassUnknown > 0 ? `，未注明管理类别${m.heldClassUnknown}个` : '') +
    (m.notHeld > 0
      ? `；未取得排污许可证（登记）的企业${m.notHeld}家` +
        aside([m.notHeldUnderConstruction > 0 && `其中${m.notHeldUnderConstruction}家企业处于在建状态，暂无需办理`])
      : '') +
    '。';

  return profile + eia + acceptance + emergency + permit;
}
