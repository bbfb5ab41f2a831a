/**
 * The park environmental credit self-evaluation (园区环保信用评价 / 自评表) as data: a scheme a province issues, a
 * park's evaluation of a year under it, and the scores the platform proposes from the park's own records. Pure types;
 * the scoring, the built-in scheme, the file readers and the proposal rules live beside this file.
 */

/** How an item scores: a deduction (−1), an award (+2), or a finding that sets the grade whatever the total. */
export type ItemEffect =
  | { kind: 'points'; points: number }
  /** 直接评为环保风险园区: an item scored (answered yes) sets the grade named here. */
  | { kind: 'setsGrade'; grade: string };

/** One row of the scheme's table (序号 | 一级指标 | 二级指标 | 评价标准 | 分值). */
export interface SchemeItem {
  /** 序号 as printed, unique in the scheme: '1', '17'. */
  number: string;
  /** 一级指标, e.g. 环境准入 (a printed table merges it over its rows; here every item repeats it). */
  level1: string;
  /** 二级评价指标, e.g. 规划环评; '/' or '' where the table has none. */
  level2: string;
  /** 评价标准, verbatim. */
  criterion: string;
  effect: ItemEffect;
  /**
   * What of the park's records the item is about, so the platform can propose its score (proposeScores); absent
   * when the platform holds no record of that kind, and the item says so.
   */
  topic?: CreditTopic;
}

/**
 * The conditions the platform can check from its records. Emergency plans and drills, inspection problems and
 * complaints come with the supervision records of a later issue; until then items about them are not proposed.
 */
export type CreditTopic =
  /** 获得省部级及以上表彰 (an award item): a recorded honour of the year at provincial/ministerial level or above. */
  | 'honours'
  /** 建成较完善环境监测体系并联网: the park's stations that sent data to the platform in the year. */
  | 'monitoringNetwork'
  /** 企事业单位未依法开展环评或未申领排污许可证: enterprises of the file without an EIA or a permit. */
  | 'eiaPermit'
  /** 污染物排放超过总量控制要求: a pollutant over the park's quota. */
  | 'quota'
  /** 未按规定开展自行监测: items of the year's monitoring plan not carried out. */
  | 'selfMonitoring';

/** A grade and the lowest total that earns it; grades are tried from the highest `minTotal` down. */
export interface SchemeGrade {
  /** 环保诚信园区 / 环保合格园区 / 环保风险园区 (as the scheme names them). */
  name: string;
  /** The lowest total (inclusive) for this grade; null for the grade every lower total gets. */
  minTotal: number | null;
}

/** A credit evaluation scheme (评价办法 and its 自评表) as issued, with what its sources leave unconfirmed marked. */
export interface CreditScheme {
  /** Stable id, e.g. 'hunan-2024'. */
  id: string;
  /** Version of the scheme data (bumped when an administrator corrects it), e.g. '1'. */
  version: string;
  name: string;
  /** The issuing document, e.g. 湘环函〔2020〕195号; null when not known. */
  document: string | null;
  /** GB/T 2260 code of the region it applies to, e.g. '430000'. */
  regionCode: string;
  /** The report years it applies to (inclusive); `to` null = still in force. */
  years: { from: number; to: number | null };
  /** The score every park starts from (初始分). */
  initialScore: number;
  /** The highest total (awards cannot lift a park above it); null = no cap. */
  maximum: number | null;
  grades: SchemeGrade[];
  items: SchemeItem[];
  /** Notes of the scheme, verbatim, e.g. 若自查报告中未上报某项指标内容的，此项指标按最高分进行扣分. */
  notes: string[];
  /** What the sources leave unconfirmed (thresholds, the initial score), in words; shown wherever the scheme is. */
  unconfirmed: string[];
}

/** A park's score on one item, as entered: the points given (0 = not applicable) or, for a setsGrade item, whether it applies. */
export interface ItemScore {
  number: string;
  /** For a points item: 0 or the item's points (a deduction is negative). For a setsGrade item: 1 when it applies, else 0. */
  score: number;
  comment: string | null;
  /** Evidence: documents named or records linked ({ entity, id, label } as the report's RecordRef). */
  evidence: EvidenceRef[];
}

export interface EvidenceRef {
  label: string;
  /** A record of the platform ('enterprise', 'station', 'parkHonour', …) or null for a document named only. */
  entity: string | null;
  id: number | string | null;
}

/** The total and grade of a set of item scores under a scheme. */
export interface EvaluationResult {
  schemeId: string;
  schemeVersion: string;
  /** initialScore + Σ item points, before the cap. */
  rawTotal: number;
  /** rawTotal capped at the scheme's maximum. */
  total: number;
  /** The grade by thresholds, or the one a setsGrade item imposes. */
  grade: string;
  /** The setsGrade item that decided the grade, if any. */
  gradeSetBy: string | null;
}

/**
 * What the platform can see of a park in a year, for proposals: every fact optional (undefined = the platform does not
 * hold that kind of record yet), each with the records behind it.
 */
export interface CreditFacts {
  year: number;
  /** 园区荣誉: awards and recognitions recorded for the year, with their level. */
  honours?: { id: number; title: string; level: 'national' | 'ministerial' | 'provincial' | 'municipal' | 'other'; awardedOn: string | null }[];
  /** Monitoring stations of the park that sent data to the platform in the year (the park's network). */
  connectedStations?: { id: number; name: string; kind: string }[];
  /** Enterprises of the file that operate without an EIA approval or filing, or without a permit they need. */
  enterprisesWithoutEia?: { id: number; name: string }[];
  enterprisesWithoutPermit?: { id: number; name: string }[];
  /** Pollutants over the park's quota in the year (from the quota verdict). */
  pollutantsOverQuota?: { key: string; name: string; emitted: string; quota: string }[];
  /** Whether the year's self-monitoring plan was carried out (from the monitoring plan against the lab results). */
  selfMonitoring?: { planned: number; implemented: number; notImplemented: { id: number; label: string }[] };
}

/** The platform's proposal for one item. */
export interface ItemProposal {
  number: string;
  /** 'proposed': a score from the records; 'unseen': the platform holds no record of this kind (say so). */
  status: 'proposed' | 'unseen';
  /** The proposed score (same convention as ItemScore.score); null when unseen. */
  score: number | null;
  /** Why, in Chinese, naming the records or what is missing. */
  reason: string;
  records: EvidenceRef[];
}
