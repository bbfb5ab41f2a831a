import { DEMO_PARK_ADMISSION_RULES } from '../../domain/registers/admission/demoParkAdmissionRules.js';
import type { ServiceContext } from '../context.js';
import { putAdmissionRules } from '../registers/admission.js';

/**
 * The demo park's admission rules (seed 000 tables 1 and 4, src/domain/registers/admission), put as an officer would
 * put them: one audited change. No screenings: the seed names none.
 */
export async function seedDemoAdmission(ctx: ServiceContext, parkCode: string): Promise<void> {
  const { subAreas, rules } = DEMO_PARK_ADMISSION_RULES;
  await putAdmissionRules(ctx, parkCode, { subAreas, rules, source: '湘环评函[2014]89号 规划环评审查意见；“三线一单”生态环境管控要求 ZH43042620004' });
}
