import { DECISION_TYPES } from '../enums';
import type { DecisionRule } from '../governance';
import { BODY_LABELS, DECISION_TYPE_LABELS, MAJORITY_BASE_LABELS } from '../labels';
import type { Bilingual } from '../labels';
import { bi, join, loc, ratioText, thresholdText } from './format';
import type { ArticleBuilder, ClauseSource, RenderContext } from './types';

/** 组织机构 / Bodies. */
export const bodiesArticle: ArticleBuilder = (a, c) => {
  const g = a.governance;
  const d = g.decisionBody;
  const body = BODY_LABELS[d.kind];
  const chair = d.chairPartyId ? c.party(d.chairPartyId) : undefined;
  const req = ratioText(d.extraordinaryRequestFraction);
  const clauses: ClauseSource[] = [
    {
      key: 'bodies.decision',
      text: bi(
        `${body.zh}是联合体的最高决策机构，由各成员单位各委派一名代表组成${chair ? `，${chair.zh}为主席单位` : ''}${d.termYears ? `，每届任期${d.termYears}年` : ''}。${body.zh}每年至少召开${d.minMeetingsPerYear}次定期会议；经${req.zh}以上成员单位书面提议，应召开临时会议。`,
        `The ${body.en} is the Consortium's highest decision body; each Party appoints one representative${chair ? `, and ${chair.en} chairs it` : ''}${d.termYears ? `, for terms of ${d.termYears} years` : ''}. It holds at least ${d.minMeetingsPerYear} ordinary meeting(s) a year, and an extraordinary meeting on the written request of at least ${req.en} of the Parties.`,
      ),
    },
  ];
  if (g.executiveBoard) {
    const e = g.executiveBoard;
    const m = join(e.memberPartyIds.map((id) => c.party(id)));
    const ch = e.chairPartyId ? c.party(e.chairPartyId) : undefined;
    clauses.push({
      key: 'bodies.executive',
      text: bi(
        `联合体设执行委员会，由${m.zh}组成${ch ? `，${ch.zh}任主任单位` : ''}，负责执行决策机构的决议、监督任务实施，每年至少召开${e.minMeetingsPerYear}次会议。`,
        `The Executive Board consists of ${m.en}${ch ? `, chaired by ${ch.en}` : ''}; it implements the decision body's decisions and monitors the tasks, meeting at least ${e.minMeetingsPerYear} time(s) a year.`,
      ),
    });
  }
  if (g.expertCommittee) {
    const x = g.expertCommittee;
    const names = join(
      x.members.map((p) =>
        bi(
          p.affiliation ? `${p.name}（${p.affiliation}）` : p.name,
          p.affiliation ? `${p.name} (${p.affiliation})` : p.name,
        ),
      ),
    );
    const who =
      x.members.length > 0
        ? bi(`，成员为${names.zh}`, `; its members are ${names.en}`)
        : bi('，成员由决策机构聘任', '; its members are appointed by the decision body');
    const chairName = x.chairName
      ? bi(`，${x.chairName}任主任委员`, `, chaired by ${x.chairName}`)
      : bi('', '');
    clauses.push({
      key: 'bodies.experts',
      text: bi(
        `联合体设专家委员会，作为咨询机构，就技术路线和重大技术问题提出意见${who.zh}${chairName.zh}。`,
        `The Expert Committee advises on technical direction and major technical questions${who.en}${chairName.en}.`,
      ),
    });
  }
  if (g.secretariat) {
    const s = g.secretariat;
    const host = c.party(s.hostPartyId);
    clauses.push({
      key: 'bodies.secretariat',
      text: bi(
        `秘书处设在${host.zh}，是联合体的常设办事机构，配备专职工作人员${s.fullTimeStaff}名，负责日常运行、会议组织、通知送达和档案管理。`,
        `The Secretariat is hosted by ${host.en}; it is the standing office of the Consortium with ${s.fullTimeStaff} full-time staff and runs daily operations, meetings, notices and records.`,
      ),
    });
  }
  if (g.chiefScientist) {
    const s = g.chiefScientist;
    const aff = c.party(s.affiliationPartyId);
    const scope = loc(s.technicalDecisionRights);
    clauses.push({
      key: 'bodies.chief_scientist',
      text: bi(
        `联合体设首席科学家一名，由${aff.zh}的${s.name}担任。首席科学家享有技术决定权，范围如下：${scope.zh}。`,
        `The Chief Scientist is ${s.name} of ${aff.en}, who holds technical decision rights as follows: ${scope.en}.`,
      ),
    });
  }
  return { key: 'bodies', title: bi('组织机构', 'Bodies'), clauses };
};

/** 会议 / Meetings. */
export const meetingsArticle: ArticleBuilder = (a) => {
  const m = a.governance.meetings;
  return {
    key: 'meetings',
    title: bi('会议', 'Meetings'),
    clauses: [
      {
        key: 'meetings.notice',
        text: bi(
          `召开定期会议，应至少提前${m.noticeDays.ordinary}日书面通知全体成员单位；召开临时会议，应至少提前${m.noticeDays.extraordinary}日书面通知。通知期限不足的会议不得作出决议。`,
          `Ordinary meetings are convened by written notice to all Parties at least ${m.noticeDays.ordinary} days in advance, extraordinary meetings at least ${m.noticeDays.extraordinary} days in advance. A meeting convened on shorter notice cannot take decisions.`,
        ),
      },
      {
        key: 'meetings.agenda',
        text: bi(
          `成员单位可在定期会议召开${m.agendaItemDeadlineDays.ordinary}日前、临时会议召开${m.agendaItemDeadlineDays.extraordinary}日前书面提出增加议程事项；逾期提出的事项不得在该次会议上表决。`,
          `A Party may add an item to the agenda up to ${m.agendaItemDeadlineDays.ordinary} days before an ordinary meeting and ${m.agendaItemDeadlineDays.extraordinary} days before an extraordinary meeting; items added later cannot be voted on at that meeting.`,
        ),
      },
      {
        key: 'meetings.form',
        text: m.remoteAllowed
          ? bi(
              '会议可以现场、视频或电话方式召开；成员单位可书面委托其他成员单位代为出席和表决。',
              'Meetings may be held in person, by video or by telephone; a Party may appoint another Party in writing as its proxy.',
            )
          : bi(
              '会议应以现场方式召开；成员单位可书面委托其他成员单位代为出席和表决。',
              'Meetings are held in person; a Party may appoint another Party in writing as its proxy.',
            ),
      },
      {
        key: 'meetings.minutes',
        text: bi(
          `秘书处应在会议结束后${m.minutesDraftDays}日内将会议纪要草案送达全体成员单位。成员单位自纪要草案发出之日起${m.minutesAcceptanceDays}日内未就其准确性提出书面异议的，纪要视为通过。决议自纪要通过且否决期限届满时生效。`,
          `The Secretariat sends draft minutes to all Parties within ${m.minutesDraftDays} days after the meeting. The minutes are accepted if no Party objects to their accuracy in writing within ${m.minutesAcceptanceDays} days after they are sent. A decision takes effect once its minutes are accepted and any veto period has ended.`,
        ),
      },
    ],
  };
};

function weightsText(r: Extract<DecisionRule, { procedure: 'vote' }>, c: RenderContext): Bilingual {
  if (r.weights.kind === 'one_member_one_vote')
    return bi('每一成员单位享有一票表决权', 'each Party has one vote');
  const w = join(
    r.weights.weights.map((x) => {
      const p = c.party(x.partyId);
      return bi(`${p.zh}${x.weight}票`, `${p.en} ${x.weight}`);
    }),
  );
  return bi(
    `表决权按以下权重行使：${w.zh}；未列明的成员单位不享有表决权`,
    `votes are weighted as follows: ${w.en}; Parties not listed have no vote`,
  );
}

function ruleClause(r: DecisionRule, c: RenderContext): ClauseSource {
  const t = DECISION_TYPE_LABELS[r.type];
  if (r.procedure === 'chief_scientist') {
    const consult = r.consultExpertCommittee
      ? bi('，决定前应征求专家委员会的意见', ', after consulting the Expert Committee')
      : bi('', '');
    return {
      key: `voting.rule.${r.type}`,
      text: bi(
        `${t.zh}由首席科学家决定${consult.zh}。`,
        `Decisions on ${t.en} are taken by the Chief Scientist${consult.en}.`,
      ),
    };
  }
  const body = BODY_LABELS[r.body];
  const q = ratioText(r.quorum.threshold);
  const basis =
    r.quorum.basis === 'members'
      ? bi('按成员单位数计算', 'counted by number of Parties')
      : bi('按表决权数计算', 'counted by voting weight');
  const maj = thresholdText(r.majority.threshold, r.majority.comparison);
  const base = MAJORITY_BASE_LABELS[r.majority.base];
  const w = weightsText(r, c);
  const written = !r.written.allowed
    ? bi('该事项不得以书面方式表决', 'this matter cannot be decided by written procedure')
    : r.written.requirement === 'unanimity'
      ? bi(
          '该事项可以书面方式表决，但须经全体有表决权的成员单位一致同意',
          'this matter may be decided by written procedure with the agreement of all voting Parties',
        )
      : bi(
          '该事项可以书面方式表决，适用前述多数要求',
          'this matter may be decided by written procedure by the same majority',
        );
  const majority =
    maj.zh === '一致'
      ? bi(`须经${base.zh}一致同意`, `require the unanimous agreement ${base.en}`)
      : bi(`须经${base.zh}的${maj.zh}同意`, `require ${maj.en} ${base.en}`);
  return {
    key: `voting.rule.${r.type}`,
    text: bi(
      `${t.zh}由${body.zh}决定：会议须有${q.zh}以上（含本数）有表决权的成员单位出席（${basis.zh}）方可表决；决议${majority.zh}；${w.zh}；${written.zh}。`,
      `Decisions on ${t.en} are taken by the ${body.en}: at least ${q.en} of the voting Parties (${basis.en}) must be present or represented; decisions ${majority.en}; ${w.en}; ${written.en}.`,
    ),
  };
}

/** 表决规则 / Voting. */
export const votingArticle: ArticleBuilder = (a, c) => {
  const g = a.governance;
  const rules = DECISION_TYPES.flatMap((t) => g.decisionRules.filter((r) => r.type === t)).map((r) =>
    ruleClause(r, c),
  );
  const tie =
    g.tieBreak === 'fails'
      ? bi('议案不通过', 'the motion fails')
      : bi('由作出决定的机构的主席单位投决定票', 'the chair of the deciding body has a casting vote');
  return {
    key: 'voting',
    title: bi('表决规则', 'Voting'),
    clauses: [
      ...rules,
      {
        key: 'voting.defaulting',
        text: bi(
          '被认定为违约方的成员单位，在违约状态消除前不享有表决权，亦不计入出席人数和表决基数。对认定某一成员单位违约或将其除名的议案，该成员单位不参加表决，亦不计入表决基数。',
          'A Defaulting Party has no vote and is counted neither for the quorum nor in the voting base until its default is cured. A Party does not vote on, and is not counted for, a motion to declare it in default or to expel it.',
        ),
      },
      {
        key: 'voting.tie',
        text: bi(
          `依“超过”某一比例通过的事项，赞成票恰好等于该比例（包括赞成票与反对票相等）时，${tie.zh}。无人投赞成票或反对票的，议案不通过。`,
          `Where a decision needs more than a given share and the votes in favour equal exactly that share (including a tie), ${tie.en}. A motion on which no votes are cast fails.`,
        ),
      },
    ],
  };
};
