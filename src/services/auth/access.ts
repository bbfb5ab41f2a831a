import type { ParkRow } from '../../store/queries/parks.js';
import type { Actor } from './actor.js';

/**
 * What an actor may do in a park:
 * - write: everything (admin, the park's officers and stewards, the platform itself);
 * - read: everything, changing nothing (a reviewer whose region holds the park);
 * - enterprise: only its own enterprise's file, read and write (an enterprise user of this park);
 * - none.
 */
export type ParkAccess = 'write' | 'read' | 'enterprise' | 'none';

/** Whether a GB/T 2260 division lies in a region (a province 43xxxx, a prefecture 4304xx or the county itself). */
export function inRegion(divisionCode: string, regionCode: string): boolean {
  const prefix = regionCode.endsWith('0000') ? regionCode.slice(0, 2) : regionCode.endsWith('00') ? regionCode.slice(0, 4) : regionCode;
  return divisionCode.startsWith(prefix);
}

/** What a park needs for access: a retired park (停用) is read-only to everyone until it is restored. */
type ParkRef = Pick<ParkRow, 'id' | 'divisionCode'> & { retiredAt?: Date | null };

export function parkAccess(actor: Actor, park: ParkRef): ParkAccess {
  const access = activeParkAccess(actor, park);
  return park.retiredAt && access === 'write' ? 'read' : access;
}

function activeParkAccess(actor: Actor, park: ParkRef): ParkAccess {
  if (actor.kind === 'system') return 'write';
  switch (actor.role) {
    case 'admin':
      return 'write';
    case 'officer':
    case 'steward':
      return actor.parkIds.includes(park.id) ? 'write' : 'none';
    case 'reviewer':
      return actor.regionCode && inRegion(park.divisionCode, actor.regionCode) ? 'read' : 'none';
    case 'enterprise':
      return actor.enterpriseParkId === park.id ? 'enterprise' : 'none';
  }
}

/** Whether an actor may read (or, with `write`, change) one enterprise of a park. */
export function enterpriseAccess(actor: Actor, park: ParkRef, enterpriseId: number, write: boolean): boolean {
  if (write && park.retiredAt) return false;
  const access = parkAccess(actor, park);
  if (access === 'write') return true;
  if (access === 'read') return !write;
  return access === 'enterprise' && actor.kind === 'user' && actor.enterpriseId === enterpriseId;
}
