import { deadlinesFor } from '@huahe/governance';
import {
  GovernanceEventSchema,
  MotionSchema,
  type Agreement,
  type DeadlineView,
  type Notification,
} from '@huahe/contracts';
import type { Db } from '@huahe/db';
import { ownOrganisationIds, secretariatConsortiumIds, seesEverything } from '../../lib/authz';
import type { Clock } from '../../lib/clock';
import type { ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { nameIn } from '../../lib/i18n';
import { toIso } from '../../lib/time';
import { eventsOf, motionsOf } from '../agreements/agreements.repository';
import * as repo from './notifications.repository';

/** A deadline with its consortium's name in both languages (reminders are stored in both). */
type Deadline = Omit<DeadlineView, 'consortiumName'> & { consortium: { zh: string; en: string | null } };

/** The deadlines the agreements' clauses set, still ahead, for the given consortia. */
async function deadlinesOf(db: Db, now: Date, consortiumIds?: string[]): Promise<Deadline[]> {
  const out: Deadline[] = [];
  for (const a of await repo.effectiveAgreements(db, consortiumIds)) {
    const agreement = JSON.parse(a.canonical) as Agreement;
    const events = (await eventsOf(db, a.agreementId)).map((e) => GovernanceEventSchema.parse(e.data));
    const open = (await motionsOf(db, a.agreementId))
      .filter((m) => !m.appliedVersionId)
      .map((m) => MotionSchema.parse(m.data));
    for (const d of deadlinesFor(agreement, events, now, open)) {
      out.push({
        kind: d.kind,
        at: d.at,
        title: { zh: d.zh, en: d.en },
        clauseRef: d.clauseRef,
        consortiumId: a.consortiumId,
        consortium: { zh: a.consortiumName, en: a.consortiumNameEn },
        link: `/consortia/${a.consortiumId}/agreement${d.motionId ? `?motion=${d.motionId}` : ''}`,
      });
    }
  }
  return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** The caller's to-do list: deadlines in the consortia they run or belong to. */
export async function myDeadlines(ctx: ServiceContext): Promise<DeadlineView[]> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated');
  const ids = seesEverything(ctx.actor)
    ? undefined
    : [
        ...new Set([
          ...secretariatConsortiumIds(ctx.actor),
          ...(await repo.consortiaOfOrganisations(ctx.db, ownOrganisationIds(ctx.actor))),
        ]),
      ];
  return (await deadlinesOf(ctx.db, ctx.clock.now(), ids)).map(({ consortium, ...d }) => ({
    ...d,
    consortiumName: nameIn(ctx.lang, consortium.zh, consortium.en),
  }));
}

const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The deadlines as an iCalendar file (RFC 5545), for any calendar application, with a reminder a day before. */
export async function myCalendar(ctx: ServiceContext): Promise<string> {
  const items = await myDeadlines(ctx);
  const stamp = icsTime(ctx.clock.now().toISOString());
  const lang = ctx.lang === 'en' ? 'en' : 'zh';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Huahe//Consortium deadlines//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(lang === 'en' ? 'Huahe deadlines' : '化合 · 联合体期限')}`,
  ];
  for (const d of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.kind}-${d.consortiumId}-${icsTime(d.at)}@huahe`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(d.at)}`,
      `SUMMARY:${icsText(`${d.consortiumName ?? ''}${lang === 'en' ? ': ' : '：'}${d.title[lang]}`)}`,
      `DESCRIPTION:${icsText(d.clauseRef ? d.clauseRef[lang] : '')}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${icsText(d.title[lang])}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

/**
 * Sends reminders for every deadline within the next `withinHours` to the consortium's secretariat
 * and member admins, once each (a dedupe key per deadline). Runs periodically in the server.
 */
export async function sendDeadlineReminders(db: Db, clock: Clock, withinHours = 72): Promise<number> {
  const now = clock.now();
  const horizon = now.getTime() + withinHours * 3_600_000;
  let sent = 0;
  for (const d of await deadlinesOf(db, now)) {
    if (Date.parse(d.at) > horizon || !d.consortiumId) continue;
    const users = await repo.consortiumActors(db, d.consortiumId);
    sent += await repo.notify(
      db,
      users.map((userId) => ({
        userId,
        kind: `deadline.${d.kind}`,
        title: { 'zh-CN': `期限提醒：${d.title.zh}`, en: `Deadline: ${d.title.en}` },
        body: {
          'zh-CN': `${d.consortium.zh} · ${d.clauseRef?.zh ?? ''} · ${d.at}`,
          en: `${nameIn('en', d.consortium.zh, d.consortium.en)} · ${d.clauseRef?.en ?? ''} · ${d.at}`,
        },
        link: d.link,
        dueAt: d.at,
        dedupeKey: `deadline:${d.kind}:${d.link}:${d.at}`,
      })),
    );
  }
  return sent;
}

const notificationView = (n: repo.NotificationRow): Notification => ({
  id: n.id,
  kind: n.kind,
  title: n.title as Notification['title'],
  body: (n.body as Notification['body']) ?? null,
  link: n.link,
  dueAt: toIso(n.dueAt),
  readAt: toIso(n.readAt),
  createdAt: toIso(n.createdAt),
});

/** The caller's notifications, newest first. */
export async function myNotifications(ctx: ServiceContext, unreadOnly: boolean): Promise<Notification[]> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated');
  return (await repo.listNotifications(ctx.db, ctx.actor.userId, unreadOnly, 200)).map(notificationView);
}

/** Marks one notification (or, with null, every one) of the caller as read. */
export async function readNotification(ctx: ServiceContext, id: string | null): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated');
  const n = await repo.markRead(ctx.db, ctx.actor.userId, id, ctx.clock.now().toISOString());
  if (id !== null && n === 0) throw notFound();
}
