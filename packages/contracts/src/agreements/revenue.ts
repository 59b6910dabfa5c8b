import { z } from 'zod';
import { ContributionCategorySchema } from './enums';
import { PartyIdSchema, RatioSchema, ShortTextSchema } from './primitives';

const shares = z.array(z.strictObject({ partyId: PartyIdSchema, share: RatioSchema })).max(500);
const weights = z
  .array(
    z.strictObject({ partyId: PartyIdSchema, weight: z.string().regex(/^(0|[1-9]\d{0,11})(\.\d{1,6})?$/) }),
  )
  .max(500);
const categoryWeights = z
  .array(z.strictObject({ category: ContributionCategorySchema, weight: RatioSchema }))
  .min(1)
  .max(ContributionCategorySchema.options.length);

/**
 * How commercialisation income (转化收益) is shared among parties; the method names are those
 * of the distribution engine (SPEC §6.2). The game for value-based methods is built from the
 * contributions recorded on the platform, weighted by category.
 */
export const RevenueSharingSchema = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('equal') }),
    z.strictObject({ method: z.literal('fixed'), shares }),
    // Nested union: "proportional" splits on its basis (agreed weights or recorded contributions).
    z.discriminatedUnion('basis', [
      z.strictObject({ method: z.literal('proportional'), basis: z.literal('weights'), weights }),
      z.strictObject({
        method: z.literal('proportional'),
        basis: z.literal('contributions'),
        categoryWeights,
      }),
    ]),
    z.strictObject({ method: z.literal('shapley'), categoryWeights }),
    z.strictObject({
      method: z.literal('improved-shapley'),
      categoryWeights,
      factors: z
        .array(
          z.strictObject({
            name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
            label: ShortTextSchema,
            weight: RatioSchema,
          }),
        )
        .min(1)
        .max(12),
      factorWeightsBy: z.enum(['agreed', 'ahp']),
    }),
    z.strictObject({ method: z.literal('nucleolus'), categoryWeights }),
    z.strictObject({ method: z.literal('mcrs'), categoryWeights }),
  ])
  .meta({ id: 'RevenueSharing' });
export type RevenueSharing = z.infer<typeof RevenueSharingSchema>;

/** Revenue: the sharing method, the inventors' reward and when distributions are settled. */
export const RevenueSchema = z
  .strictObject({
    sharing: RevenueSharingSchema.optional(),
    inventorReward: z
      .discriminatedUnion('mode', [
        z.strictObject({ mode: z.literal('statutory') }).describe('促进科技成果转化法 art. 45 defaults'),
        z.strictObject({ mode: z.literal('share'), share: RatioSchema }),
      ])
      .meta({ id: 'InventorReward' }),
    settlementDays: z
      .int()
      .min(1)
      .max(365)
      .describe('net income is distributed within this many days of receipt'),
  })
  .meta({ id: 'AgreementRevenue' });
export type Revenue = z.infer<typeof RevenueSchema>;
