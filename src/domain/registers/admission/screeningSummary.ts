import { StandardInputError } from '../../standards/StandardInputError.js';
import type { Screening } from './screenProject.js';

/** A year's screenings counted, with the sentence a duty report prints. */
export interface ScreeningSummary {
  screened: number;
  /** pass + conditional: admitted. UNCONFIRMED: a conditional screening is counted as 通过了环保审核. */
  admitted: number;
  conditional: number;
  failed: number;
  /** '新引进的22个项目均通过了环保审核' when none failed (seed 004). */
  sentence: string;
}

const OUTCOMES: readonly Screening['outcome'][] = ['pass', 'conditional', 'fail'];

/**
 * @summary Counts a year's screening outcomes and words them as the duty report does.
 *
 * @throws {StandardInputError} for an outcome that is not pass, conditional or fail, naming its position
 *
 * @example
 * screeningSummary(Array(22).fill('pass')).sentence //=> '新引进的22个项目均通过了环保审核'
 */
export function screeningSummary(outcomes: readonly Screening['outcome'][]): ScreeningSummary {
  outcomes.forEach((o, i) => {
    if (!OUTCOMES.includes(o)) throw new StandardInputError(`outcomes[${i}]`, o, 'pass、conditional 或 fail');
  });
  const screened = outcomes.length;
  const conditional = outcomes.filter((o) => o === 'conditional').length;
  const failed = outcomes.filter((o) => o === 'fail').length;
  const admitted = screened - failed;
  const ofWhich = conditional > 0 ? `（其中${conditional}个附条件通过）` : '';
  const sentence =
    screened === 0
      ? '本年度无拟引进项目的环保审核'
      : failed === 0
        ? `新引进的${screened}个项目均通过了环保审核${ofWhich}`
        : `审核拟引进项目${screened}个，${admitted}个通过了环保审核${ofWhich}，${failed}个未通过、不予入园`;
  return { screened, admitted, conditional, failed, sentence };
}
