// Ownership of a new result under the effective agreement: the preview the form shows, and the
// checks that creation shares with it.
import type { OwnershipProposal, ResultType } from '@huahe/contracts';
import { can } from '../../lib/authz';
import type { ServiceContext } from '../../lib/context';
import { AppError, notFound, type AppErrorDetail } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { proposeOwnership, type Creator } from './ownership';
import { agreementOf, readableConsortium, type ConsortiumScope } from './results.access';
import * as repo from './results.repository';

const invalid = (details: AppErrorDetail[]) => new AppError('validation_failed', {}, details);

/** Field problems for organisations that are not current members. */
export function checkMembers(
  c: ConsortiumScope,
  ids: string[],
  path: (i: number) => string,
): AppErrorDetail[] {
  return ids.flatMap((id, i) =>
    c.memberOrganisationIds.includes(id)
      ? []
      : [
          {
            path: path(i),
            message: {
              'zh-CN': '该单位不是本联合体的在册成员',
              en: 'not a current member of this consortium',
            },
          },
        ],
  );
}

/** The ownership the effective agreement proposes, with the clause; without one, says owners must be given. */
export async function ownershipFor(
  ctx: ServiceContext,
  c: ConsortiumScope,
  type: ResultType,
  creators: Creator[],
) {
  const problems = checkMembers(
    c,
    creators.map((x) => x.organisationId),
    (i) => `body.creators[${i}].organisationId`,
  );
  if (new Set(creators.map((x) => x.organisationId)).size !== creators.length) {
    problems.push({
      path: 'body.creators',
      message: { 'zh-CN': '完成单位重复', en: 'a creator is listed twice' },
    });
  }
  if (problems.length) throw invalid(problems);
  const effective = await agreementOf(ctx, c.id);
  const pairs = await repo.organisationNamePairs(ctx.db, [
    ...creators.map((x) => x.organisationId),
    ...(effective?.agreement.parties.map((p) => p.organisationId) ?? []),
  ]);
  // The explanation is stored in both languages, so it needs both names.
  const both = (id: string) => {
    const n = pairs.get(id);
    return { zh: n?.zh ?? id, en: nameIn('en', n?.zh ?? id, n?.en) };
  };
  const proposal = effective ? proposeOwnership(effective.agreement, type, creators, both) : undefined;
  const names = new Map([...pairs].map(([id, n]) => [id, nameIn(ctx.lang, n.zh, n.en)]));
  if (proposal && !proposal.ok) throw invalid(proposal.details);
  return { effective, ownership: proposal?.value, names };
}

/** What the agreement would make of a new result of this type by these creators (nothing is stored). */
export async function proposeResultOwnership(
  ctx: ServiceContext,
  consortiumId: string,
  input: { type: ResultType; creators: Creator[] },
): Promise<OwnershipProposal> {
  const c = await readableConsortium(ctx, consortiumId);
  mayCreate(ctx, c, input.creators);
  const { effective, ownership, names } = await ownershipFor(ctx, c, input.type, input.creators);
  const zh = ctx.lang !== 'en';
  return {
    agreement: effective ? { versionId: effective.versionId, number: effective.number } : null,
    rule: ownership?.rule ?? null,
    clause: ownership ? { zh: ownership.clause.zh, en: ownership.clause.en } : null,
    owners: (ownership?.owners ?? []).map((o) => ({
      organisationId: o.organisationId,
      name: names.get(o.organisationId) ?? o.organisationId,
      share: o.share.toFraction(),
      contribution: o.contribution,
    })),
    licenceBack: (ownership?.licenceBack ?? []).map((id) => ({
      organisationId: id,
      name: names.get(id) ?? id,
    })),
    explanation: ownership
      ? ownership.explanation[zh ? 'zh' : 'en']
      : effective
        ? zh
          ? '生效协议未规定该类成果的归属：请填写权利人及份额（之后的变更须经全体共有人同意）。'
          : 'The effective agreement has no rule for this type of result: enter the owners and their shares (later changes need every co-owner’s consent).'
        : zh
          ? '本联合体尚无生效的组建协议，无法按协议确定归属：请填写权利人及份额。'
          : 'This consortium has no effective agreement, so ownership cannot follow it: enter the owners and their shares.',
    requiresExplicitOwners: !ownership,
  };
}

/** Only the secretariat, or staff of one of the creators, may record a result. */
export function mayCreate(ctx: ServiceContext, c: ConsortiumScope, creators: Creator[]) {
  const ok =
    can(ctx.actor, 'results.create', { consortiumId: c.id }) ||
    creators.some((x) => can(ctx.actor, 'results.create', { organisationId: x.organisationId }));
  if (!ok) throw notFound();
}
