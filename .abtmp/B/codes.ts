/**
 * The code tables of HJ 212-2017 (with the 2025 additions named in hj212.md §1.2): system codes ST, command
 * codes CN, the Flag bits, the reply codes QnRtn (CN 9011) and ExeRtn (CN 9012), and the data marks (-Flag=).
 * Each const object maps an English name to the wire value; the `*_LABELS` tables give the Chinese name and
 * are typed so that a code without a label does not compile.
 */

/** 系统编码 ST: which kind of monitoring system sent the frame. */
export const ST = {
  surfaceWater: '21', // 地表水质量监测
  ambientAir: '22', // 空气质量监测
  acoustic: '23', // 声环境质量监测
  groundwater: '24', // 地下水质量监测
  soil: '25', // 土壤质量监测
  seawater: '26', // 海水质量监测
  vocs: '27', // 挥发性有机物监测
  airPollutionSource: '31', // 大气环境污染源
  surfaceWaterPollutionSource: '32', // 地表水体环境污染源
  groundwaterPollutionSource: '33', // 地下水体环境污染源
  marinePollutionSource: '34', // 海洋环境污染源
  soilPollutionSource: '35', // 土壤环境污染源
  noisePollutionSource: '36', // 声环境污染源
  vibrationPollutionSource: '37', // 振动环境污染源
  radioactivePollutionSource: '38', // 放射性环境污染源
  constructionDust: '39', // 工地扬尘污染源
  electromagneticPollutionSource: '41', // 电磁环境污染源
  flueGasProcess: '51', // 烟气排放过程监控
  wastewaterProcess: '52', // 污水排放过程监控
  systemInteraction: '91', // 系统交互 (every 9011/9012/9013/9014 reply)
} as const;
export type StCode = (typeof ST)[keyof typeof ST];

export const ST_LABELS: Readonly<Record<StCode, string>> = {
  '21': '地表水质量监测',
  '22': '空气质量监测',
  '23': '声环境质量监测',
  '24': '地下水质量监测',
  '25': '土壤质量监测',
  '26': '海水质量监测',
  '27': '挥发性有机物监测',
  '31': '大气环境污染源',
  '32': '地表水体环境污染源',
  '33': '地下水体环境污染源',
  '34': '海洋环境污染源',
  '35': '土壤环境污染源',
  '36': '声环境污染源',
  '37': '振动环境污染源',
  '38': '放射性环境污染源',
  '39': '工地扬尘污染源',
  '41': '电磁环境污染源',
  '51': '烟气排放过程监控',
  '52': '污水排放过程监控',
  '91': '系统交互',
};

/**
 * 命令编码 CN. Most codes serve both directions (the platform asks with 1011, the logger uploads with 1011).
 * Codes marked 2025 come from caoyiliang/HJ212 `Enum.cs` and are not checked against the 2025 text.
 */
export const CN = {
  setTimeoutAndRetries: '1000', // 设置超时时间及重发次数
  uploadLoggerSerial: '1001', // 上传数采仪硬件序号 (2025)
  setMn: '1002', // 设置数采仪 MN 编码 (2025)
  getTime: '1011', // 提取/上传现场机时间
  setTime: '1012', // 设置现场机时间
  timeCalibrationRequest: '1013', // 现场机时间校准请求
  keyExchange: '1014', // 密钥下发/获取 (2025)
  getRealTimeInterval: '1061', // 提取/上传实时数据间隔
  setRealTimeInterval: '1062', // 设置实时数据间隔
  getMinuteInterval: '1063', // 提取/上传分钟数据间隔
  setMinuteInterval: '1064', // 设置分钟数据间隔
  setPassword: '1072', // 设置现场机访问密码
  realTimeData: '2011', // 污染物实时数据
  stopRealTimeData: '2012', // 停止察看污染物实时数据
  rawData: '2013', // 原始监测数据 (2025)
  equipmentStatus: '2021', // 设备运行状态数据
  stopEquipmentStatus: '2022', // 停止察看设备运行状态
  dayData: '2031', // 污染物日历史数据
  runTimeDayData: '2041', // 设备运行时间日历史数据
  minuteData: '2051', // 污染物分钟数据
  noiseSingleMeasurement: '2052', // 噪声单次测量数据 (2025)
  hourData: '2061', // 污染物小时数据
  standardCheckData: '2062', // 自动标样核查数据 (2025)
  loggerBootTime: '2081', // 数采仪开机时间
  furnaceTemperature5Min: '2111', // 炉膛温度 5 分钟均值 (2025)
  calibrate: '3011', // 零点校准量程校准
  instantSampling: '3012', // 即时采样
  cleanBlowback: '3013', // 启动清洗/反吹
  comparisonSampling: '3014', // 比对采样
  overLimitSampleRetention: '3015', // 超标留样
  setSamplingPeriod: '3016', // 设置采样时间周期
  getSamplingPeriod: '3017', // 提取采样时间周期
  getSampleOutputTime: '3018', // 提取出样时间
  getDeviceId: '3019', // 提取设备唯一标识
  getInfo: '3020', // 提取/上传现场机信息
  setParameters: '3021', // 设置现场机参数
  instantSampleRetention: '3022', // 下发即时留样任务 (2025)
  startStandardCheck: '3024', // 启动标样核查 (2025)
  requestAnswer: '9011', // 请求应答 (CP: QnRtn)
  executionResult: '9012', // 执行结果 (CP: ExeRtn)
  noticeAnswer: '9013', // 通知应答
  dataAnswer: '9014', // 数据应答
  heartbeat: '9015', // 心跳包 (2025)
} as const;
export type CnCode = (typeof CN)[keyof typeof CN];

export const CN_LABELS: Readonly<Record<CnCode, string>> = {
  '1000': '设置超时时间及重发次数',
  '1001': '上传数采仪硬件序号',
  '1002': '设置数采仪 MN 编码',
  '1011': '提取/上传现场机时间',
  '1012': '设置现场机时间',
  '1013': '现场机时间校准请求',
  '1014': '密钥下发/获取',
  '1061': '提取/上传实时数据间隔',
  '1062': '设置实时数据间隔',
  '1063': '提取/上传分钟数据间隔',
  '1064': '设置分钟数据间隔',
  '1072': '设置现场机访问密码',
  '2011': '污染物实时数据',
  '2012': '停止察看污染物实时数据',
  '2013': '原始监测数据',
  '2021': '设备运行状态数据',
  '2022': '停止察看设备运行状态',
  '2031': '污染物日历史数据',
  '2041': '设备运行时间日历史数据',
  '2051': '污染物分钟数据',
  '2052': '噪声单次测量数据',
  '2061': '污染物小时数据',
  '2062': '自动标样核查数据',
  '2081': '数采仪开机时间',
  '2111': '炉膛温度 5 分钟均值',
  '3011': '零点校准量程校准',
  '3012': '即时采样',
  '3013': '启动清洗/反吹',
  '3014': '比对采样',
  '3015': '超标留样',
  '3016': '设置采样时间周期',
  '3017': '提取采样时间周期',
  '3018': '提取出样时间',
  '3019': '提取设备唯一标识',
  '3020': '提取/上传现场机信息',
  '3021': '设置现场机参数',
  '3022': '下发即时留样任务',
  '3024': '启动标样核查',
  '9011': '请求应答',
  '9012': '执行结果',
  '9013': '通知应答',
  '9014': '数据应答',
  '9015': '心跳包',
};

/** Data uploads: their CP must carry DataTime. */
export const DATA_UPLOAD_CNS: ReadonlySet<string> = new Set([
  CN.realTimeData,
  CN.equipmentStatus,
  CN.dayData,
  CN.runTimeDayData,
  CN.minuteData,
  CN.hourData,
]);

/**
 * 标志位 Flag = bits V5…V0 D A (hj212.md §1.2). A: the receiver must answer; D: the frame is one packet
 * of a split message and carries PNUM/PNO; V: protocol version.
 */
export const FLAG_BITS = {
  answer: 0b01, // A 是否需要应答
  packets: 0b10, // D 是否有包号 (拆分包)
} as const;
export const FLAG_VERSION_SHIFT = 2;

export type Hj212Version = '2005' | '2017' | '2025';

/** V bits → version: 0 → HJ/T 212-2005, 1 → HJ 212-2017 (Flag 4–7), 2 → 2025 revision (Flag 8–11). */
export const FLAG_VERSIONS: Readonly<Record<number, Hj212Version>> = { 0: '2005', 1: '2017', 2: '2025' };

/** QnRtn (CN 9011 请求应答). */
export const QN_RTN = {
  ready: 1, // 准备执行请求
  rejected: 2, // 请求被拒绝
  passwordError: 3, // PW 错误
  mnError: 4, // MN 错误
  stError: 5, // ST 错误
  flagError: 6, // Flag 错误
  qnError: 7, // QN 错误
  cnError: 8, // CN 错误
  crcError: 9, // CRC 校验错误
  unknownError: 100, // 未知错误
} as const;
export type QnRtnCode = (typeof QN_RTN)[keyof typeof QN_RTN];

export const QN_RTN_LABELS: Readonly<Record<QnRtnCode, string>> = {
  1: '准备执行请求',
  2: '请求被拒绝',
  3: 'PW 错误',
  4: 'MN 错误',
  5: 'ST 错误',
  6: 'Flag 错误',
  7: 'QN 错误',
  8: 'CN 错误',
  9: 'CRC 校验错误',
  100: '未知错误',
};

/** ExeRtn (CN 9012 执行结果). */
export const EXE_RTN = {
  success: 1, // 执行成功
  failedUnknownReason: 2, // 执行失败，但不知道原因
  conditionError: 3, // 命令请求条件错误
  timeout: 4, // 通讯超时
  busy: 5, // 系统繁忙不能执行
  fault: 6, // 系统故障
  noData: 100, // 没有数据
} as const;
export type ExeRtnCode = (typeof EXE_RTN)[keyof typeof EXE_RTN];

export const EXE_RTN_LABELS: Readonly<Record<ExeRtnCode, string>> = {
  1: '执行成功',
  2: '执行失败，但不知道原因',
  3: '命令请求条件错误',
  4: '通讯超时',
  5: '系统繁忙不能执行',
  6: '系统故障',
  100: '没有数据',
};

/**
 * 数据标记 (`code-Flag=`, standard §6.6.4, via IceCoffee.HJ212 `InstrumentationDataFlag.cs`).
 * Only N and S are valid data: everything else must never be counted as a valid value.
 */
export const DATA_FLAGS = {
  N: { label: '在线监控（监测）仪器仪表工作正常', valid: true },
  F: { label: '在线监控（监测）仪器仪表停运', valid: false },
  M: { label: '在线监控（监测）仪器仪表处于维护期间产生的数据', valid: false },
  S: { label: '手工输入的设定值', valid: true },
  D: { label: '在线监控（监测）仪器仪表故障', valid: false },
  C: { label: '在线监控（监测）仪器仪表处于校准状态', valid: false },
  T: { label: '在线监控（监测）仪器仪表采样数值超过测量上限', valid: false },
  B: { label: '在线监控（监测）仪器仪表与数采仪通讯异常', valid: false },
} as const;
export type DataFlag = keyof typeof DATA_FLAGS;

const DATA_FLAG_LETTERS = Object.keys(DATA_FLAGS).join('');

export function isDataFlag(text: string): text is DataFlag {
  return text.length === 1 && DATA_FLAG_LETTERS.includes(text);
}

/**
 * Whether a value with this data mark counts as valid: N and S only; unknown marks are invalid.
 * (What a missing mark means is the data-quality layer's decision, not the protocol's.)
 *
 * @example isValidDataFlag('N') //=> true
 * @example isValidDataFlag('M') //=> false
 */
export function isValidDataFlag(flag: string): boolean {
  return isDataFlag(flag) && DATA_FLAGS[flag].valid;
}
