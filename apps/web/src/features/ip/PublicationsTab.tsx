import { PlusOutlined } from '@ant-design/icons';
import type { Publication } from '@huahe/contracts';
import { App, Button, Card, Descriptions, Empty, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { formatInstant } from '../../components/format';
import { memberOptions, ownOrganisations } from '../results/labels';
import { useIpWrites, usePublications } from './api';
import { AnnounceModal, ObjectModal } from './PublicationModals';

const statusColors: Record<Publication['status'], string> = {
  in_review: 'processing',
  held: 'warning',
  cleared: 'success',
  released: 'cyan',
};

/** Planned publications under review: announced → objection deadline → cleared, or held until the maximum delay. */
export function PublicationsTab(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const q = usePublications(props.consortiumId);
  const [announcing, setAnnouncing] = useState(false);
  const members = memberOptions(consortium, lang);
  const own = ownOrganisations(session, true).filter((o) => members.some((m) => m.value === o));
  return (
    <>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('ip.publications.hint')}</Typography.Text>
        {own.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAnnouncing(true)}>
            {t('ip.publications.announce')}
          </Button>
        )}
      </Space>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        {q.data?.length ? (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {q.data.map((p) => (
              <PublicationCard key={p.id} consortiumId={props.consortiumId} publication={p} />
            ))}
          </Space>
        ) : (
          <Empty description={t('ip.publications.none')} />
        )}
      </PageState>
      {announcing && (
        <AnnounceModal
          consortiumId={props.consortiumId}
          options={members.filter((m) => own.includes(m.value))}
          onClose={() => setAnnouncing(false)}
        />
      )}
    </>
  );
}

function PublicationCard(props: { consortiumId: string; publication: Publication }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const session = useSession().data;
  const writes = useIpWrites(props.consortiumId);
  const [objecting, setObjecting] = useState(false);
  const p = props.publication;
  const own = ownOrganisations(session);
  const outcome =
    p.status === 'cleared'
      ? t('ip.publications.clearedOn', { date: formatInstant(p.publishableFrom) })
      : p.status === 'released'
        ? t('ip.publications.releasedOn', { date: formatInstant(p.maxDelayUntil) })
        : p.status === 'held'
          ? t('ip.publications.heldUntil', { date: formatInstant(p.maxDelayUntil) })
          : t('ip.publications.decided');
  const current = p.status === 'in_review' ? 1 : 2;
  const resolve = (objectionId: string) =>
    modal.confirm({
      title: t('ip.publications.confirmResolve'),
      onOk: async () => {
        try {
          await writes.resolve.mutateAsync({ id: p.id, objectionId });
          message.success(t('common.saved'));
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    });
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{p.title}</span>
          <Tag color={statusColors[p.status]}>{t(`ip.publications.statuses.${p.status}`)}</Tag>
        </Space>
      }
      extra={
        p.canObject && (
          <Button size="small" danger onClick={() => setObjecting(true)}>
            {t('ip.publications.object')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'org', label: t('ip.publications.member'), children: p.organisation.name },
          { key: 'venue', label: t('ip.publications.venue'), children: p.venue ?? '-' },
          { key: 'planned', label: t('ip.publications.plannedOn'), children: formatDate(p.plannedOn) },
          {
            key: 'rules',
            label: t('ip.publications.rules'),
            span: 'filled',
            children: (
              <span>
                {t('ip.publications.rulesText', p.rules)}
                {p.clause && (
                  <Tag color="blue" style={{ marginInlineStart: 6 }}>
                    {lang === 'en' ? p.clause.en : p.clause.zh}
                  </Tag>
                )}
              </span>
            ),
          },
        ]}
      />
      <Steps
        size="small"
        current={current}
        status={p.status === 'held' ? 'error' : p.status === 'in_review' ? 'process' : 'finish'}
        style={{ margin: '12px 0' }}
        items={[
          { title: t('ip.publications.announced'), content: formatInstant(p.announcedAt) },
          { title: t('ip.publications.objectionDeadline'), content: formatInstant(p.objectionDeadline) },
          {
            title: t(`ip.publications.statuses.${p.status}`),
            content: (
              <span>
                {outcome}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('ip.publications.maxDelay', { date: formatInstant(p.maxDelayUntil) })}
                </Typography.Text>
              </span>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {p.explanation}
      </Typography.Paragraph>
      {p.objections.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>{t('ip.publications.objections')}</Typography.Text>
          {p.objections.map((o) => (
            <Card key={o.id} type="inner" size="small">
              <Space wrap style={{ marginBottom: 4 }}>
                <Typography.Text strong>{o.organisation.name}</Typography.Text>
                <Tag color={o.status === 'open' ? 'warning' : 'success'}>
                  {t(`ip.publications.objectionStatuses.${o.status}`)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatInstant(o.at)}
                  {o.resolvedAt && ` → ${formatInstant(o.resolvedAt)}`}
                </Typography.Text>
                {o.status === 'open' && own.includes(o.organisation.id) && (
                  <Button size="small" onClick={() => resolve(o.id)}>
                    {t('ip.publications.resolve')}
                  </Button>
                )}
              </Space>
              <div>
                <Typography.Text type="secondary">{t('ip.publications.reason')}</Typography.Text> {o.reason}
              </div>
              <div>
                <Typography.Text type="secondary">{t('ip.publications.requestedChange')}</Typography.Text>{' '}
                {o.requestedChange}
              </div>
            </Card>
          ))}
        </Space>
      )}
      {objecting && (
        <ObjectModal consortiumId={props.consortiumId} publication={p} onClose={() => setObjecting(false)} />
      )}
    </Card>
  );
}
