import type { DecisionType, TemplateKind } from './enums';
import { DECISION_TYPES } from './enums';
import type { DecisionRule, Governance, VetoRight } from './governance';

const ONE_VOTE = { kind: 'one_member_one_vote' } as const;

/** DESCA: quorum 2/3 of members, decisions by 2/3 of votes cast, written procedure allowed. */
function descaRule(type: DecisionType): DecisionRule {
  return {
    procedure: 'vote',
    type,
    // DESCA leaves technical matters to the Executive Board; everything else is the General Assembly's.
    body: type === 'technical' ? 'executive_board' : 'general_assembly',
    quorum: { threshold: '2/3', basis: 'members' },
    majority: { threshold: '2/3', comparison: 'at_least', base: 'votes_cast' },
    weights: ONE_VOTE,
    written: { allowed: true, requirement: 'same_majority' },
  };
}

// Xiamen-style councils (理事会) decide by 2/3 of those present; matters that change the
// agreement itself need 2/3 of all members and cannot be settled in writing.
const XIAMEN_ALL_MEMBERS: readonly DecisionType[] = ['amendment', 'distribution_change', 'dissolution'];
const XIAMEN_NOT_WRITTEN: readonly DecisionType[] = [
  'amendment',
  'distribution_change',
  'dissolution',
  'defaulting',
  'expulsion',
];

function xiamenRule(type: DecisionType): DecisionRule {
  if (type === 'technical') return { procedure: 'chief_scientist', type, consultExpertCommittee: true };
  return {
    procedure: 'vote',
    type,
    body: 'council',
    quorum: { threshold: '2/3', basis: 'members' },
    majority: {
      threshold: '2/3',
      comparison: 'at_least',
      base: XIAMEN_ALL_MEMBERS.includes(type) ? 'all_members' : 'present',
    },
    weights: ONE_VOTE,
    written: XIAMEN_NOT_WRITTEN.includes(type)
      ? { allowed: false }
      : { allowed: true, requirement: 'same_majority' },
  };
}

const DESCA_VETO: VetoRight = {
  holders: 'all_parties',
  decisionTypes: [
    'budget_change',
    'amendment',
    'admission',
    'exit',
    'defaulting',
    'expulsion',
    'distribution_change',
    'dissolution',
  ],
  windowDays: 15,
  grounds: {
    zh: '该成员单位能够证明该决定将严重影响其工作、履约时间、成本、责任、知识产权或其他合法利益',
    en: 'the Party shows that the decision would severely affect its work, time for performance, costs, liabilities, intellectual property rights or other legitimate interests',
  },
};

const XIAMEN_VETO: VetoRight = {
  holders: 'all_parties',
  decisionTypes: ['distribution_change', 'dissolution'],
  windowDays: 15,
  grounds: {
    zh: '该决定将严重损害该成员单位的知识产权、已投入资金或其他合法权益',
    en: "the decision would seriously harm the Party's intellectual property, invested funds or other legitimate interests",
  },
};

/** The governance defaults of a template, given the lead and core parties. */
export function templateGovernance(
  kind: TemplateKind,
  lead: string | undefined,
  core: string[],
): Omit<Governance, 'chiefScientist' | 'expertCommittee'> {
  const secretariat = lead === undefined ? {} : { secretariat: { hostPartyId: lead, fullTimeStaff: 2 } };
  const chair = lead === undefined ? {} : { chairPartyId: lead };
  if (kind === 'desca') {
    const board = lead === undefined ? [...core] : [lead, ...core.filter((id) => id !== lead)];
    return {
      decisionBody: {
        kind: 'general_assembly',
        ...chair,
        minMeetingsPerYear: 1,
        extraordinaryRequestFraction: '1/3',
      },
      ...(board.length > 0
        ? { executiveBoard: { memberPartyIds: board, ...chair, minMeetingsPerYear: 4 } }
        : {}),
      ...secretariat,
      meetings: {
        noticeDays: { ordinary: 45, extraordinary: 15 },
        agendaItemDeadlineDays: { ordinary: 14, extraordinary: 7 },
        minutesDraftDays: 10,
        minutesAcceptanceDays: 15,
        remoteAllowed: true,
      },
      decisionRules: DECISION_TYPES.map(descaRule),
      vetoRights: [DESCA_VETO],
      writtenProcedure: { responseDays: 15, silence: 'consent' },
      tieBreak: 'fails',
    };
  }
  return {
    decisionBody: {
      kind: 'council',
      ...chair,
      termYears: 5,
      minMeetingsPerYear: 1,
      extraordinaryRequestFraction: '1/4',
    },
    ...secretariat,
    meetings: {
      noticeDays: { ordinary: 15, extraordinary: 5 },
      agendaItemDeadlineDays: { ordinary: 7, extraordinary: 3 },
      minutesDraftDays: 10,
      minutesAcceptanceDays: 15,
      remoteAllowed: true,
    },
    decisionRules: DECISION_TYPES.map(xiamenRule),
    vetoRights: [XIAMEN_VETO],
    writtenProcedure: { responseDays: 10, silence: 'no_vote' },
    tieBreak: 'chair_casting_vote',
  };
}
