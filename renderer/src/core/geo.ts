// Places catalogue items on the map of France by department. The parsers usually give a
// department code; when they do not, the department is derived from the department name, a
// postcode, the address, or the territory (a "(Nord)" suffix, a "(93)" code, a known city).
// Items that cannot be placed come back with the reason, so the map can list them.
import {
  DEPARTMENTS,
  departmentByCode,
  departmentByName,
  departmentFromPostcode,
  departmentInTerritory,
  isRegion,
  postcodeInText,
  type Department,
} from '../../../electron/shared/places';
import type { CatalogueItem } from '../../../electron/shared/items';

export type DepartmentInfo = Department;

export { DEPARTMENTS };

export type PlacementVia = 'code' | 'name' | 'postcode' | 'address' | 'territory' | 'title';

export type Placement =
  { placed: true; department: DepartmentInfo; via: PlacementVia } | { placed: false; reason: string };

const placements = new WeakMap<CatalogueItem, Placement>();

/**
 * Where an item sits on the map, or why it cannot be placed. Events are not placed. Resolved
 * once per item: the facets and the map ask for the same items.
 */
export function placeItem(item: CatalogueItem): Placement {
  let p = placements.get(item);
  if (!p) {
    p = resolvePlace(item);
    placements.set(item, p);
  }
  return p;
}

// The parsers' department code first; the same lookups as theirs for what they left open.
function resolvePlace(item: CatalogueItem): Placement {
  if (item.departmentCode) {
    const d = departmentByCode(item.departmentCode);
    if (d) return { placed: true, department: d, via: 'code' };
  }
  if (item.department) {
    const d = departmentByName(item.department);
    if (d) return { placed: true, department: d, via: 'name' };
  }
  const entry = item.entry;
  if (entry?.postcode) {
    const d = departmentFromPostcode(entry.postcode);
    if (d) return { placed: true, department: d, via: 'postcode' };
  }
  if (entry?.address) {
    const p = postcodeInText(entry.address);
    const d = p ? departmentFromPostcode(p) : null;
    if (d) return { placed: true, department: d, via: 'address' };
  }
  if (item.territory) {
    const d = departmentInTerritory(item.territory);
    if (d) return { placed: true, department: d, via: 'territory' };
  }
  if (item.kind === 'event') return { placed: false, reason: 'événement national, sans territoire' };
  const region = item.region ?? (item.department && isRegion(item.department) ? item.department : null);
  if (region) return { placed: false, reason: `seule la région est indiquée (${region})` };
  if (item.territory) return { placed: false, reason: `territoire non reconnu (« ${item.territory} »)` };
  return { placed: false, reason: 'aucun territoire, adresse ni code postal' };
}

export interface DepartmentCount {
  department: DepartmentInfo;
  items: CatalogueItem[];
}

export interface MapCounts {
  /** By department code, only departments with at least one item. */
  byCode: Map<string, DepartmentCount>;
  unplaced: { item: CatalogueItem; reason: string }[];
  placedCount: number;
  max: number;
}

/** Counts items per department. Events are left out: they belong to national networks. */
export function countByDepartment(items: readonly CatalogueItem[]): MapCounts {
  const byCode = new Map<string, DepartmentCount>();
  const unplaced: { item: CatalogueItem; reason: string }[] = [];
  let placedCount = 0;
  for (const item of items) {
    if (item.kind === 'event') continue;
    const p = placeItem(item);
    if (!p.placed) {
      unplaced.push({ item, reason: p.reason });
      continue;
    }
    placedCount++;
    const slot = byCode.get(p.department.code) ?? { department: p.department, items: [] };
    slot.items.push(item);
    byCode.set(p.department.code, slot);
  }
  let max = 0;
  for (const c of byCode.values()) max = Math.max(max, c.items.length);
  return { byCode, unplaced, placedCount, max };
}

export interface ShadeStep {
  /** Inclusive bounds of the step. */
  min: number;
  max: number;
  /** 0 = no item, then 1..steps. */
  level: number;
  label: string;
}

/** Legend steps for a maximum count: 0, then up to four steps of whole numbers. */
export function shadeSteps(max: number): ShadeStep[] {
  const steps: ShadeStep[] = [{ min: 0, max: 0, level: 0, label: 'aucune' }];
  if (max <= 0) return steps;
  const n = Math.min(4, max);
  let lo = 1;
  for (let i = 1; i <= n; i++) {
    const hi = i === n ? max : Math.max(lo, Math.round((max * i) / n));
    steps.push({ min: lo, max: hi, level: i, label: lo === hi ? String(lo) : `${lo} à ${hi}` });
    lo = hi + 1;
    if (lo > max) break;
  }
  return steps;
}

export function levelOf(count: number, steps: readonly ShadeStep[]): number {
  for (const s of steps) if (count >= s.min && count <= s.max) return s.level;
  return steps[steps.length - 1]?.level ?? 0;
}

/** "Nord : 3 fiches", "Cantal : aucune fiche". */
export function departmentLabel(name: string, count: number): string {
  if (count === 0) return `${name} : aucune fiche`;
  return `${name} : ${count} fiche${count > 1 ? 's' : ''}`;
}
