import { PlusOutlined } from '@ant-design/icons';
import type { Agreement, AgreementView, GovernanceEvent, MotionView } from '@huahe/contracts';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang, type UiLang } from '../../../app/i18n';
import { formatInstant } from '../../../components/format';
import type { GovernanceEventView } from '../api';
import { pick } from '../labels';
import { EventModal, type SimpleKind } from './EventModal';

const eventAt = (e: GovernanceEvent) =>
  e.kind === 'meeting_convened' ? e.noticeGivenAt : e.kind === 'meeting_held' ? e.heldAt : e.at;

/** What an event is about, in words: the motion, party or meeting it concerns. */
function detail(e: GovernanceEvent, a: Agreement, motions: MotionView[], lang: UiLang, t: TFunction): string {
  const party = (id: string) => {
    const p = a.parties.find((x) => x.organisationId === id);
    return p ? pick(p.legalName, lang) : id;
  };
  const motion = (id: string) => {
    const m = motions.find((x) => x.id === id);
    return m ? pick(m.data.title, lang) : id;
  };
  const parts: string[] = [];
  if (e.kind === 'meeting_convened')
    parts.push(t('agreements.meetings.on', { at: formatInstant(e.scheduledFor) }));
  if ('motionId' in e) parts.push(motion(e.motionId));
  if ('partyId' in e) parts.push(party(e.partyId));
  if (e.kind === 'vote') parts.push(t(`agreements.motions.${e.choice}`));
  if (e.kind === 'meeting_held') parts.push(e.present.map(party).join(t('agreements.sep')));
  if (e.kind === 'chief_scientist_decision')
    parts.push(t(e.approve ? 'agreements.events.approve' : 'agreements.events.refuse'));
  return parts.join(t('agreements.colon'));
}

/** Every recorded governance event, in the order things happened; the secretariat records breaches and defaults here. */
export function EventsLog(props: {
  view: AgreementView;
  base: Agreement;
  events: GovernanceEventView[];
  motions: MotionView[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [recording, setRecording] = useState(false);
  const kinds: SimpleKind[] = ['breach_notice', 'breach_remedied', 'party_defaulting', 'party_default_cured'];
  if (props.base.governance.decisionRules.some((r) => r.procedure === 'chief_scientist'))
    kinds.push('chief_scientist_decision');
  const rows = [...props.events].sort((x, y) => eventAt(y.event).localeCompare(eventAt(x.event)));

  return (
    <div data-testid="events">
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
          {t('agreements.events.intro')}
        </Typography.Text>
        {props.view.canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-event">
            {t('agreements.events.record')}
          </Button>
        )}
      </Flex>
      <Table<GovernanceEventView>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('agreements.events.when'),
            key: 'at',
            width: 150,
            render: (_, r) => formatInstant(eventAt(r.event)),
          },
          {
            title: t('agreements.events.kind'),
            key: 'kind',
            width: 170,
            render: (_, r) => <Tag>{t(`agreements.events.kinds.${r.event.kind}`)}</Tag>,
          },
          {
            title: t('agreements.events.detail'),
            key: 'detail',
            render: (_, r) => detail(r.event, props.base, props.motions, lang, t),
          },
          {
            title: t('agreements.events.recordedAt'),
            key: 'recorded',
            width: 150,
            render: (_, r) => formatInstant(r.recordedAt),
          },
        ]}
      />
      {recording && (
        <EventModal
          view={props.view}
          base={props.base}
          kinds={kinds}
          motions={props.motions.filter((m) => m.decision.status === 'pending')}
          onClose={() => setRecording(false)}
        />
      )}
    </div>
  );
}
