// The background-IP register (现有知识产权): each member's declared items, with what they exclude.
import type { BackgroundIp, backgroundIpFieldsSchema } from '@huahe/contracts';
import type { z } from 'zod';
import { authorize } from '../../lib/authz';
import { inTransaction, type ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { toIso } from '../../lib/time';
import { readableConsortium } from '../results/results.access';
import * as repo from './ip.repository';
import { memberRead } from './ip.service';

const invalid = (path: string, message: { 'zh-CN': string; en: string }) =>
  new AppError('validation_failed', {}, [{ path, message }]);

const backgroundView = (b: repo.BackgroundRow): BackgroundIp => ({
  id: b.id,
  consortiumId: b.consortiumId,
  organisation: { id: b.organisationId, name: b.organisationName },
  title: b.title,
  identifier: b.identifier,
  description: b.description,
  exclusions: b.exclusions,
  createdAt: toIso(b.createdAt),
});

/** The background-IP register of a consortium. */
export async function listBackground(ctx: ServiceContext, consortiumId: string): Promise<BackgroundIp[]> {
  const c = await readableConsortium(ctx, consortiumId);
  memberRead(ctx, c);
  return (await repo.backgroundOf(ctx.db, c.id)).map(backgroundView);
}

/** A member declares an item of background IP (its admin, or the secretariat). */
export async function declareBackground(
  ctx: ServiceContext,
  consortiumId: string,
  input: z.output<typeof backgroundIpFieldsSchema>,
): Promise<BackgroundIp> {
  const c = await readableConsortium(ctx, consortiumId);
  authorize(ctx.actor, 'ip.declare', { consortiumId: c.id, organisationId: input.organisationId });
  if (!c.memberOrganisationIds.includes(input.organisationId)) {
    throw invalid('body.organisationId', {
      'zh-CN': '该单位不是本联合体的在册成员',
      en: 'not a current member of this consortium',
    });
  }
  const id = await inTransaction(ctx, async (tx) => {
    const row = await repo.insertBackground(tx.db, {
      consortiumId: c.id,
      organisationId: input.organisationId,
      title: input.title,
      identifier: input.identifier ?? null,
      description: input.description ?? null,
      exclusions: input.exclusions ?? null,
    });
    await tx.audit({
      action: 'background_ip.declared',
      entityType: 'background_ip',
      entityId: row.id,
      consortiumId: c.id,
      organisationId: input.organisationId,
      after: { title: row.title, identifier: row.identifier, exclusions: row.exclusions },
    });
    return row.id;
  });
  return backgroundView((await repo.findBackground(ctx.db, id))!);
}
