import { UNSPENT_FUNDS_LABELS } from '../labels';
import { bi, BLANK, loc } from './format';
import type { ArticleBuilder, ClauseSource } from './types';

/** 成员的加入与退出 / Admission and exit. */
export const membershipArticle: ArticleBuilder = (a, c) => {
  const clauses: ClauseSource[] = [];
  if (a.admission) {
    const cond = loc(a.admission.conditions);
    const r = c.ref('voting.rule.admission');
    clauses.push({
      key: 'membership.admission',
      text: bi(
        `新成员单位加入联合体，应具备以下条件：${cond.zh}。新成员单位经决策机构依${r.zh}决议同意，并签署加入文书后成为本协议当事方。`,
        `A new party may join if it meets the following conditions: ${cond.en}. It becomes a Party once the decision body approves its admission under ${r.en} and it signs the accession document.`,
      ),
    });
    clauses.push({
      key: 'membership.admission_access',
      text:
        a.admission.accessToEarlierResults === 'as_background'
          ? bi(
              '新成员单位对其加入前已产生的新成果，按背景知识产权的使用条件享有使用权。',
              'A new Party has access rights to Results generated before it joined on the conditions that apply to Background.',
            )
          : bi(
              '新成员单位对其加入前已产生的新成果不享有使用权。',
              'A new Party has no access rights to Results generated before it joined.',
            ),
    });
  }
  if (a.exit) {
    const e = a.exit;
    const r = c.ref('voting.rule.exit');
    const approval = e.requiresApproval
      ? bi(`，并经决策机构依${r.zh}决议同意`, `, and the decision body must approve it under ${r.en}`)
      : bi('', '');
    clauses.push({
      key: 'membership.exit',
      text: bi(
        `成员单位可以退出联合体，但应提前${e.noticeDays}日书面通知全体成员单位${approval.zh}。退出自通知期限届满之日起生效。`,
        `A Party may leave the Consortium by written notice to all Parties at least ${e.noticeDays} days in advance${approval.en}. Its exit takes effect when the notice period ends.`,
      ),
    });
    const u = UNSPENT_FUNDS_LABELS[e.unspentFunds];
    clauses.push({
      key: 'membership.exit_consequences',
      text: bi(
        `退出的成员单位${e.keepsAccessToResultsUntilExit ? '保留' : '不再享有'}对其退出前已产生的新成果的使用权；${e.continuesGrantingAccess ? '应继续按本协议向其他成员单位授予使用权' : '自退出之日起不再负有授予使用权的义务'}；其未使用的联合体经费${u.zh}。退出不免除其退出前产生的义务和保密义务。`,
        `A Party that leaves ${e.keepsAccessToResultsUntilExit ? 'keeps' : 'loses'} its access rights to Results generated before it left; it ${e.continuesGrantingAccess ? 'continues to grant access rights under this Agreement' : 'no longer grants access rights from its exit'}; its unspent consortium funds are ${u.en}. Leaving does not release it from obligations that arose before it left or from confidentiality.`,
      ),
    });
  }
  if (clauses.length === 0) return undefined;
  return { key: 'membership', title: bi('成员的加入与退出', 'Admission and exit'), clauses };
};

/** 违约与除名 / Breach and expulsion. */
export const breachArticle: ArticleBuilder = (a, c) => {
  const b = a.breach;
  if (!b) return undefined;
  const d = c.ref('voting.rule.defaulting');
  const x = c.ref('voting.rule.expulsion');
  const comp = b.compensation ? loc(b.compensation) : undefined;
  return {
    key: 'breach',
    title: bi('违约与除名', 'Breach and expulsion'),
    clauses: [
      {
        key: 'breach.notice',
        text: bi(
          `成员单位违反本协议的，秘书处应书面通知其在${b.remedyDays}日内纠正。逾期未纠正的，决策机构可依${d.zh}认定其为违约方，并可依${x.zh}将其除名。`,
          `If a Party breaches this Agreement, the Secretariat gives it formal notice to remedy the breach within ${b.remedyDays} days. If it does not, the decision body may declare it a Defaulting Party under ${d.en} and may expel it under ${x.en}.`,
        ),
      },
      {
        key: 'breach.consequences',
        text: bi(
          `被除名的成员单位自除名决议生效之日起丧失成员权利；${b.recoverFunding ? '其已获得的政府资助经费和联合体配套经费应予追回' : '其已获得的经费不予追回'}；其已投入的经费${b.contributedFundsRefunded ? '予以退还' : '不予退还'}；${b.licencesSurvive ? '其已授予其他成员单位的许可按原条件继续有效' : '其已授予的许可随除名终止'}；其保密义务继续有效。${comp ? `违约方还应承担以下责任：${comp.zh}` : ''}`,
          `An expelled Party loses its rights when the expulsion takes effect; ${b.recoverFunding ? 'government and consortium funds it received are recovered' : 'funds it received are not recovered'}; funds it contributed are ${b.contributedFundsRefunded ? 'refunded' : 'not refunded'}; ${b.licencesSurvive ? 'licences it granted to other Parties continue on their terms' : 'licences it granted end with the expulsion'}; its confidentiality obligations continue.${comp ? ` The Defaulting Party is further liable as follows: ${comp.en}` : ''}`,
        ),
      },
    ],
  };
};

/** 保密、对外责任与争议解决 / Confidentiality, liability, disputes. */
export const legalArticle: ArticleBuilder = (a, c) => {
  const clauses: ClauseSource[] = [];
  const years = a.confidentiality?.termYears;
  const term = years === undefined ? BLANK : bi(`${years}年`, `${years} years`);
  clauses.push({
    key: 'legal.confidentiality',
    text: bi(
      `各成员单位对在联合体合作中获知的、标明为保密的其他成员单位信息负有保密义务，保密期限至本协议终止后${term.zh}。退出或被除名的成员单位仍受本款约束。`,
      `Each Party keeps confidential the information of other Parties marked as confidential that it receives in the Consortium, until ${term.en} after this Agreement ends. A Party that leaves or is expelled remains bound.`,
    ),
  });
  const liab = a.externalLiabilityPartyId ? c.party(a.externalLiabilityPartyId) : BLANK;
  clauses.push({
    key: 'legal.liability',
    text: bi(
      `${liab.zh}为联合体对外承担责任的主体单位，代表联合体与主管部门签订任务书。各成员单位按本协议对其他成员单位承担责任。`,
      `${liab.en} is the unit that bears the Consortium's external liability and signs task agreements with the authorities on its behalf. Among themselves, the Parties are liable under this Agreement.`,
    ),
  });
  const f = a.dispute.forum;
  const forum =
    f === undefined
      ? BLANK
      : f.kind === 'arbitration'
        ? bi(
            `任何一方均可将争议提交${f.commission}，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁裁决是终局的，对各方均有约束力`,
            `any Party may refer the dispute to ${f.commission} for arbitration under its rules in force at the time; the award is final and binding on all Parties`,
          )
        : bi(`任何一方均可向${f.court}提起诉讼`, `any Party may bring proceedings before ${f.court}`);
  clauses.push({
    key: 'legal.dispute',
    text: bi(
      `因本协议引起的或与本协议有关的争议，各方应首先友好协商；自一方书面提出协商之日起${a.dispute.negotiationDays}日内协商不成的，${forum.zh}。本协议适用中华人民共和国法律。`,
      `Disputes arising out of or in connection with this Agreement are first negotiated in good faith; if they are not settled within ${a.dispute.negotiationDays} days of a Party's written request, ${forum.en}. This Agreement is governed by the laws of the People's Republic of China.`,
    ),
  });
  return {
    key: 'legal',
    title: bi('保密、对外责任与争议解决', 'Confidentiality, liability and disputes'),
    clauses,
  };
};

/** 协议的生效与修订 / Entry into force and amendment. */
export const finalArticle: ArticleBuilder = (a, c) => {
  const r = c.ref('voting.rule.amendment');
  const template =
    a.template === 'xiamen'
      ? bi(
          '本协议依照厦门市创新联合体管理的有关规定订立。',
          'This Agreement follows the Xiamen rules on innovation consortia.',
        )
      : bi(
          '本协议的治理与知识产权规则参照DESCA联合体协议范本。',
          'The governance and IP rules of this Agreement follow the DESCA model consortium agreement.',
        );
  return {
    key: 'final',
    title: bi('协议的生效与修订', 'Entry into force and amendment'),
    clauses: [
      {
        key: 'final.versions',
        text: bi(
          `本协议以结构化数据保存；每一版本以其规范化JSON的SHA-256摘要标识，全体成员单位的授权签字人签署该摘要后生效。${template.zh}`,
          `This Agreement is kept as structured data; each version is identified by the SHA-256 digest of its canonical JSON and takes effect when every Party's authorised signer has signed that digest. ${template.en}`,
        ),
      },
      {
        key: 'final.amendment',
        text: bi(
          `本协议的修订依${r.zh}决议通过，并经全体成员单位签署修订后的版本后生效。新成员单位加入、成员单位退出或被除名后形成的新版本，同样经签署后生效。`,
          `Amendments are adopted under ${r.en} and take effect when every Party has signed the amended version. A new version made on the admission, exit or expulsion of a Party likewise takes effect on signature.`,
        ),
      },
      {
        key: 'final.language',
        text: bi(
          '本协议中文文本与英文文本不一致的，以中文文本为准。',
          'If the Chinese and English texts differ, the Chinese text prevails.',
        ),
      },
    ],
  };
};
