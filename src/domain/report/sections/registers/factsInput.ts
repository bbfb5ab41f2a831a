import type { RecordRef } from '../../reportModel.js';

/**
 * 环境管理情况 of a year as the report reads it: plain data (src/services/registers/managementFactsSchemas.ts is the
 * schema that writes it and is checked against this shape). null: not entered.
 */
export interface FactsPlant {
  name: string;
  /** 'own': the park's plant; 'town': a town plant the park relies on (依托). */
  kind: 'own' | 'town' | null;
  /** 一期: the phase the design capacity is of. */
  designPhase: string | null;
  designCapacityM3PerDay: string | null;
  actualCapacityM3PerDay: string | null;
  process: string | null;
  /** 0–100. */
  onlineCompliancePercent: string | null;
  /** 入河排污口论证报告已编制完成，取得市环保局批复. */
  outfallApproval: string | null;
}

export interface YearFacts {
  water: {
    plants: FactsPlant[];
    centralisedPlantCount: number | null;
    sewerCoveragePercent: string | null;
    rainPipeCoveragePercent: string | null;
    collectionRatePercent: string | null;
    wastewaterEnterprises: number | null;
    industrialWastewaterM3PerDay: string | null;
    sewerConnectedEnterprises: number | null;
    centralisedTreatmentPercent: string | null;
    classOnePollutantEnterprises: number | null;
    onlineMonitoringEnterprises: number | null;
    controlSection: {
      name: string | null;
      /** GB 3838-2002 class without 类: Ⅱ. */
      waterClass: 'Ⅰ' | 'Ⅱ' | 'Ⅲ' | 'Ⅳ' | 'Ⅴ' | null;
      compliancePercent: string | null;
      /** [] = 无超标因子. */
      exceedingFactors: string[] | null;
    };
    dualSourceGroundwater: string | null;
    blackOdorous: { total: number | null; remediated: number | null; notStarted: number | null; inProgress: number | null };
    plantAssessment: string | null;
  };
  air: { wasteGasEnterprises: number | null };
  soil: { contaminatedPlots: number | null; soilKeyEnterprises: number | null };
}

/** What the facts sections of the annual report are built from. */
export interface FactsReportInput {
  year: number;
  /** The stored facts of the year (entity `managementFacts`). */
  record: RecordRef;
  facts: YearFacts;
  /** Who saved them and when (ISO). */
  by: string | null;
  at: string | null;
  /** Set while the facts are the given year's, carried over and not yet saved for this year. */
  carriedFromYear: number | null;
  /**
   * The enterprises the emission ledger has rows for in the year: for COD or NH3-N (industrial wastewater), for SO2,
   * NOx or VOCs (waste gas); null where the ledger has no enterprise rows for those pollutants.
   */
  ledger: { wastewaterEnterprises: RecordRef[] | null; wasteGasEnterprises: RecordRef[] | null };
}
