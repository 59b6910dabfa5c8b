// How many live profiles each region key has (city and province for GB/T 2260 codes, the code
// itself otherwise): the base rates that partner search compares the members' regions with. Kept
// up to date on add and remove, so a query reads a base rate in O(1) instead of scanning profiles.
import { regionKeys } from './fit';

/** Live-profile counts per region key. */
export class RegionStats {
  private readonly counts = new Map<string, number>();
  /** Live profiles that have a region. */
  total = 0;

  /** Records or (with sign −1) forgets one profile's region. */
  apply(region: string | undefined, sign: 1 | -1): void {
    if (region === undefined || region === '') return;
    this.total += sign;
    for (const [key] of regionKeys(region)) {
      const next = (this.counts.get(key) ?? 0) + sign;
      if (next === 0) this.counts.delete(key);
      else this.counts.set(key, next);
    }
  }

  /** Share of the profiles with a region that fall under this key. */
  base(key: string): number {
    return this.total === 0 ? 0 : (this.counts.get(key) ?? 0) / this.total;
  }
}
