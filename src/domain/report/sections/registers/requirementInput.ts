import type { ControlDimension, ControlUnit, LinkedFigure, SourceKind } from '../../../registers/requirements/requirementTerms.js';

/** The requirement registers as the annual report reads them (plain data, loaded once per report). */

export interface ReportImplementation {
  id: number;
  text: string;
  verdict: string;
  /** Set when the text is an earlier year's, carried over and not edited since. */
  carriedFromYear: number | null;
  by: string;
  at: string;
}

export interface ReportRequirement {
  id: number;
  dimension: ControlDimension | null;
  /** 清单编号 such as '2.1'. */
  number: string | null;
  text: string;
  linkedFigure: LinkedFigure | null;
  /** The report year's implementation; null when none is written. */
  implementation: ReportImplementation | null;
}

export interface ReportRequirementSource {
  id: number;
  kind: SourceKind;
  title: string;
  documentNumber: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  issued: string | null;
  authority: string | null;
  unit: ControlUnit | null;
  by: string;
  at: string;
  requirements: ReportRequirement[];
}

export interface RequirementReportInput {
  sources: ReportRequirementSource[];
}
