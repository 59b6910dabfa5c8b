import { isExampleUscc } from '@huahe/contracts';
import type {
  Organisation,
  OrganisationFigure,
  OrganisationInput,
  OrganisationSummary,
} from '@huahe/contracts';
import type { organisations } from '@huahe/db';
import { percent } from '../../lib/money';
import { toIso } from '../../lib/time';
import type { FigureRow, OrganisationRow } from './organisations.repository';

/** A stored year of figures with its derived R&D intensity. */
export function figureView(f: FigureRow): OrganisationFigure {
  return {
    year: f.year,
    revenue: f.revenue,
    rdSpending: f.rdSpending,
    rdStaff: f.rdStaff,
    staff: f.staff,
    rdIntensity: f.revenue && f.rdSpending ? percent(f.rdSpending, f.revenue) : null,
  };
}

/** The R&D intensity of the latest year that has one. */
export function latestIntensity(figures: FigureRow[]): string | null {
  for (const f of [...figures].sort((a, b) => b.year - a.year)) {
    const v = figureView(f).rdIntensity;
    if (v) return v;
  }
  return null;
}

/** A list row. */
export function summaryView(
  o: OrganisationRow,
  consortiumCount: number,
  figures: FigureRow[],
): OrganisationSummary {
  return {
    id: o.id,
    nameZh: o.nameZh,
    nameEn: o.nameEn,
    shortName: o.shortName,
    uscc: o.uscc,
    usccIsExample: o.usccIsExample,
    kind: o.kind as OrganisationSummary['kind'],
    regionCode: o.regionCode,
    industryCode: o.industryCode,
    qualifications: o.qualifications,
    isSme: o.isSme,
    profileTags: o.profileTags,
    isExample: o.isExample,
    consortiumCount,
    latestRdIntensity: latestIntensity(figures),
  };
}

/** The full record. */
export function detailView(
  o: OrganisationRow,
  extra: Pick<Organisation, 'memberships' | 'peopleCount' | 'canEdit'> & { figures: FigureRow[] },
): Organisation {
  const { consortiumCount: _c, latestRdIntensity: _l, ...core } = summaryView(o, 0, extra.figures);
  return {
    ...core,
    profileZh: o.profileZh,
    profileEn: o.profileEn,
    website: o.website,
    address: o.address,
    legalRepresentative: o.legalRepresentative,
    dataNote: o.dataNote,
    version: o.version,
    createdAt: toIso(o.createdAt),
    updatedAt: toIso(o.updatedAt),
    figures: extra.figures.map(figureView),
    memberships: extra.memberships,
    peopleCount: extra.peopleCount,
    canEdit: extra.canEdit,
  };
}

/** Validated input as columns; absent optional fields stay absent so a PATCH leaves them alone. */
export function toColumns(input: Partial<OrganisationInput>): Partial<typeof organisations.$inferInsert> {
  const out: Partial<typeof organisations.$inferInsert> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || k === 'version') continue;
    (out as Record<string, unknown>)[k] = v === '' ? null : v;
  }
  // The example flag follows the code itself, so saving an example code again keeps it marked.
  if ('uscc' in out) out.usccIsExample = !!out.uscc && isExampleUscc(out.uscc);
  return out;
}

/** The state recorded (as a digest) in the audit chain. */
export function auditState(o: OrganisationRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
}
