import type { ServiceContext } from '../context.js';
import { putManagementFacts } from '../registers/managementFacts.js';
import type { ManagementFactsBody } from '../registers/managementFactsSchemas.js';

/**
 * Seed 000's 2024 环境管理情况 (shared/seeds/000 二（三）水环境管理, 二（四）first clause, 二（五）second sentence), as the
 * park would enter them. 归阳镇污水处理厂 is the town's plant the park relies on (依托).
 */
export const DEMO_FACTS_2024: ManagementFactsBody = {
  water: {
    plants: [
      {
        name: '归阳镇污水处理厂',
        kind: 'town',
        designPhase: '一期',
        designCapacityM3PerDay: '10000',
        actualCapacityM3PerDay: '4000',
        process: 'A/A/C氧化沟工艺',
        onlineCompliancePercent: '100',
        outfallApproval: '入河排污口论证报告已编制完成，取得市环保局批复',
      },
    ],
    centralisedPlantCount: 1,
    sewerCoveragePercent: '100',
    rainPipeCoveragePercent: '100',
    collectionRatePercent: '100',
    wastewaterEnterprises: 8,
    industrialWastewaterM3PerDay: '2778',
    sewerConnectedEnterprises: 8,
    centralisedTreatmentPercent: '100',
    classOnePollutantEnterprises: 0,
    onlineMonitoringEnterprises: 0,
    controlSection: { name: '管山村断面', waterClass: 'Ⅱ', compliancePercent: '100', exceedingFactors: [] },
    dualSourceGroundwater: '园区周边居民饮水均为市政自来水，故园区未进行“双源”地下水监测。',
    blackOdorous: { total: 0, remediated: 0, notStarted: 0, inProgress: 0 },
    plantAssessment: '园区依托城镇污水处理厂企业污水排放评估报告，已经通过评审并批复。',
  },
  air: { wasteGasEnterprises: 9 },
  soil: { contaminatedPlots: 0, soilKeyEnterprises: 0 },
};

/** Enters the demo park's 2024 facts (one audit entry), in the caller's transaction. */
export async function seedDemoFacts(tx: ServiceContext, parkCode: string): Promise<void> {
  await putManagementFacts(tx, parkCode, 2024, DEMO_FACTS_2024);
}
