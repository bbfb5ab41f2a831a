/** The label of data that was not measured: generated for a demonstration. Every page showing such data shows it. */
export const SIMULATED_DATA_LABEL = '模拟数据';

/** Whether a data label marks simulated data. */
export const isSimulated = (label: string | null | undefined): boolean => label === SIMULATED_DATA_LABEL;
