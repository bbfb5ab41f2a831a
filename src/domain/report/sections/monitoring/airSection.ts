import { Dec } from '../../../standards/_lib/decimal.js';
import { formatDms } from '../../../geo/formatCoordinate.js';
import { formatFigure } from '../../figures.js';
import type { Figure, Inline, ParagraphBlock, TableBlock, TableRow } from '../../reportModel.js';
import { mergeText } from '../ledgerParagraph.js';
import type { StationsFigures } from './airStations.js';
import type { LabMediumFigures } from './labMediumFigures.js';
import type { AirStationInput } from './monitoringInput.js';
import { countOf, MEDIUM_WORDS, rateFigure, ruleFigure, SIMULATED_NOTE, unionRecords } from './monitoringFigures.js';

export const AIR_PARAGRAPH_KEYS = { quality: '2.4.airQuality', stations: '2.4.airStations' } as const;
export const STATION_TABLE_KEY = 'airStations';
export const STATION_TABLE_HEADER = ['序号', '监测点位', '经度（E）', '纬度（N）', '达标率', '监测点位性质', '监测项目'] as const;

export interface AirSectionBuild {
  blocks: (ParagraphBlock | TableBlock)[];
  figures: Record<string, Figure>;
}

/**
 * 二（四）: the air quality the park monitors — stations' monitoring and compliance days and the lab's air samples,
 * their joint 达标率, the exceeding factors and the largest 超标倍数 — then the stations (how many, their factors,
 * exceedances) and table 6 with each station's coordinates and 达标率.
 */
export function buildAirSection(input: {
  year: number;
  parkName: string;
  stationInputs: readonly AirStationInput[];
  stations: StationsFigures;
  lab: LabMediumFigures;
}): AirSectionBuild {
  const { year, stations, lab } = input;
  const figures: Record<string, Figure> = { ...stations.figures, ...lab.figures };
  const keep = (f: Figure) => ((figures[f.id] = f), f);
  const scope = MEDIUM_WORDS.air;
  const withData = stations.stations.map((s) => s.station.record);
  const records = unionRecords([withData, lab.evaluated.provenance.records]);

  const evaluated = keep(ruleFigure('air.all.evaluated', '大气质量有效监测数据', new Dec(stations.monitoringDays.value).plus(lab.evaluated.value).toString(), '个', {
    rule: 'monitoring.air.allEvaluated',
    description: '监测站有效监测天数与环境空气评价样品数之和',
    records,
  }, { aggregate: 'sum', cues: { terms: ['有效监测数据'], scope } }));
  const compliant = keep(ruleFigure('air.all.compliant', '大气质量达标数据', new Dec(stations.compliantDays.value).plus(lab.compliant.value).toString(), '个', {
    rule: 'monitoring.air.allCompliant',
    description: '监测站达标天数与环境空气达标样品数之和',
    records,
  }, { aggregate: 'sum', cues: { terms: ['达标数据'], scope } }));
  const rate = rateFigure('air.all.rate', '大气质量监测达标率', compliant, evaluated, 1, {
    kind: 'rule',
    rule: 'monitoring.air.allRate',
    description: '（监测站达标天数 + 环境空气达标样品数）/（有效监测天数 + 评价样品数）',
    records,
  }, { terms: ['达标率'], scope });
  if (rate) keep(rate);
  const multiples = [...stations.factors.flatMap((f) => (f.maxMultiple ? [f.maxMultiple] : [])), ...lab.items.flatMap((i) => (i.maxMultiple ? [i.maxMultiple] : []))];
  const largest = multiples.reduce<Figure | null>((m, f) => (!m || new Dec(f.value).gt(m.value) ? f : m), null);
  const maxMultiple = keep(ruleFigure('air.all.maxMultiple', '大气质量最大超标倍数', largest?.value ?? '0', '倍', {
    rule: 'monitoring.air.allMaxMultiple',
    description: largest ? `监测站各因子与环境空气各项目超标倍数的最大值（${largest.label}）` : '无超标因子，最大超标倍数为0',
    records: largest?.provenance.records ?? [],
  }, { format: { decimals: 3 }, cues: { terms: ['最大超标倍数', '超标倍数'], scope } }));
  const exceeds = stations.exceedingDays.value !== '0' || lab.exceeding.value !== '0';
  const factorNames = [...new Set([...stations.factors.map((f) => f.name), ...lab.items.map((i) => i.name)])];

  const simulated = input.stationInputs.some((s) => s.simulated) || lab.simulated;
  const quality: Inline[] = [];
  if (stations.stations.length) quality.push('园区空气质量监测站有效监测天数', stations.monitoringDays, '，达标天数', stations.compliantDays, '；');
  if (lab.evaluated.value !== '0') quality.push('环境空气自行监测评价样品', lab.evaluated, '，达标样品', lab.compliant, '；');
  const qualityRuns: Inline[] = rate
    ? [
        `${year}年度`, ...quality, '大气质量监测达标率', rate, '，',
        ...(exceeds ? [factorNames.length ? `超标因子为${factorNames.join('、')}，最大超标倍数` : '存在超标，最大超标倍数', maxMultiple] : ['无超标因子']),
        ...(simulated ? [SIMULATED_NOTE] : []), '。',
      ]
    : [`${year}年度无大气质量监测数据。`];
  // The park's figures, not the lab's own 达标率 and 超标倍数, which would name the same words in written text.
  const qualityFigures = [
    stations.monitoringDays, stations.compliantDays, stations.exceedingDays,
    ...stations.factors.flatMap((f) => (f.maxMultiple ? [f.days, f.maxMultiple] : [f.days])),
    lab.evaluated, lab.compliant, lab.exceeding, evaluated, compliant, ...(rate ? [rate] : []), maxMultiple,
  ];
  const blocks: (ParagraphBlock | TableBlock)[] = [
    { kind: 'paragraph', key: AIR_PARAGRAPH_KEYS.quality, content: mergeText(qualityRuns), figureIds: qualityFigures.map((f) => f.id) },
  ];

  if (input.stationInputs.length) {
    const count = keep(countOf('air.stations.count', '空气质量监测站', '个', {
      rule: 'monitoring.air.stations',
      description: '园区的空气质量监测站（含微型站）',
    }, input.stationInputs.map((s) => s.record), { terms: ['监测站', '微型站', '微站'], scope }));
    const items = [...new Set(input.stationInputs.flatMap((s) => s.items))];
    const stationSimulated = input.stationInputs.some((s) => s.simulated);
    const runs: Inline[] = [
      '园区已建成空气质量监测站', count, '（表6）',
      ...(items.length ? [`，监测因子包括${items.join('、')}`] : []), '，',
      ...(stations.withoutData.length ? [`其中${stations.withoutData.map((s) => s.record.label).join('、')}本年度无监测数据，`] : []),
      ...(stations.exceedingDays.value === '0'
        ? ['本年度无超标现象']
        : [
            '本年度各站超标天数合计', stations.exceedingDays,
            ...(stations.factors.length ? ['，超标因子为'] : []),
            ...stations.factors.flatMap((f, i): Inline[] => [
              ...(i > 0 ? ['、'] : []), `${f.name}（超标`, f.days, ...(f.maxMultiple ? ['，最大超标倍数', f.maxMultiple] : []), '）',
            ]),
          ]),
      ...(stationSimulated ? [SIMULATED_NOTE] : []), '。',
    ];
    const ids = [count.id, ...Object.keys(stations.figures)];
    blocks.push({ kind: 'paragraph', key: AIR_PARAGRAPH_KEYS.stations, content: mergeText(runs), figureIds: ids });
    blocks.push(stationTable(input.parkName, input.stationInputs, stations, stationSimulated));
  }
  return { blocks, figures };
}

/** Table 6: one row per station with its coordinates (112°12′58″), 达标率, role and factors (merged where equal). */
function stationTable(parkName: string, inputs: readonly AirStationInput[], stations: StationsFigures, simulated: boolean): TableBlock {
  const itemsText = (s: AirStationInput) => s.items.join('、');
  const rows: TableRow[] = inputs.map((s, i) => {
    const rate = stations.stations.find((x) => x.station === s)?.rate ?? null;
    const first = i === 0 || itemsText(inputs[i - 1]!) !== itemsText(s);
    let span = 1;
    while (first && i + span < inputs.length && itemsText(inputs[i + span]!) === itemsText(s)) span++;
    return {
      record: s.record,
      cells: [
        { text: String(i + 1) },
        { text: s.record.label },
        { text: formatDms(s.longitude, 'longitude') },
        { text: formatDms(s.latitude, 'latitude') },
        rate ? { text: formatFigure(rate), figure: rate } : { text: '无数据' },
        { text: s.roleLabel ?? '' },
        ...(first ? [{ text: itemsText(s), ...(span > 1 ? { rowSpan: span } : {}) }] : []),
      ],
    };
  });
  return {
    kind: 'table',
    key: STATION_TABLE_KEY,
    caption: `表6 ${parkName}空气质量监测站点位布设情况表${simulated ? SIMULATED_NOTE : ''}`,
    header: [...STATION_TABLE_HEADER],
    columnWidths: [2, 4, 4, 4, 3, 3, 8],
    rows,
  };
}
