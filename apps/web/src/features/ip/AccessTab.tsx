import { PlusOutlined } from '@ant-design/icons';
import type { AccessRequest } from '@huahe/contracts';
import { App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { useResults } from '../results/api';
import { formatInstant } from '../../components/format';
import { memberOptions, ownOrganisations } from '../results/labels';
import { AccessRequestModal } from './AccessRequestModal';
import { useAccessRequests, useBackgroundIp, useIpWrites } from './api';

const statusColors: Record<AccessRequest['status'], string> = {
  pending: 'processing',
  granted: 'success',
  refused: 'error',
};

/** Access-rights requests: who asks for what and why it is needed, the terms and deadline, the owner's decision. */
export function AccessTab(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const { message, modal } = App.useApp();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const q = useAccessRequests(props.consortiumId);
  const writes = useIpWrites(props.consortiumId);
  const [choosing, setChoosing] = useState(false);
  const members = memberOptions(consortium, lang);
  const own = ownOrganisations(session).filter((o) => members.some((m) => m.value === o));

  const decide = (r: AccessRequest, decision: 'granted' | 'refused') => {
    let note = '';
    modal.confirm({
      title: t(decision === 'granted' ? 'ip.access.confirmGrant' : 'ip.access.confirmRefuse'),
      content: (
        <Input.TextArea
          placeholder={t(
            decision === 'granted' ? 'ip.access.notePlaceholder' : 'ip.access.reasonPlaceholder',
          )}
          onChange={(e) => (note = e.target.value)}
          autoSize={{ minRows: 2 }}
        />
      ),
      okButtonProps: { danger: decision === 'refused' },
      onOk: async () => {
        try {
          await writes.decide.mutateAsync({ id: r.id, decision, note: note.trim() || null });
          message.success(t('common.saved'));
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
          throw err;
        }
      },
    });
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('ip.access.hint')}</Typography.Text>
        {own.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setChoosing(true)}>
            {t('ip.access.ask')}
          </Button>
        )}
      </Space>
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <Table<AccessRequest>
          rowKey="id"
          size="middle"
          dataSource={q.data}
          pagination={(q.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1300 }}
          locale={{ emptyText: t('ip.access.none') }}
          columns={[
            {
              title: t('ip.access.requester'),
              key: 'requester',
              width: 170,
              fixed: narrow ? undefined : 'left',
              render: (_, r) => r.requester.name,
            },
            {
              title: t('ip.access.target'),
              key: 'target',
              width: 230,
              render: (_, r) => (
                <span>
                  <Tag>{t(`ip.access.kinds.${r.target.kind}`)}</Tag>
                  {r.target.title}
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                    {t('ip.ownersList', {
                      names: r.owners.map((o) => o.name).join(lang === 'en' ? ', ' : '、'),
                    })}
                  </div>
                </span>
              ),
            },
            {
              title: t('ip.access.purpose'),
              dataIndex: 'purpose',
              width: 110,
              render: (v: string) => t(`ip.access.purposes.${v}`),
            },
            {
              title: t('ip.access.justification'),
              dataIndex: 'justification',
              width: 260,
              render: (v: string) => (
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: 'collapsible' }}>
                  {v}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('ip.access.terms'),
              key: 'terms',
              width: 220,
              render: (_, r) => (
                <span>
                  <Tag color="geekblue">{t(`ip.access.termKinds.${r.terms}`)}</Tag>
                  {r.clause && <Tag color="blue">{lang === 'en' ? r.clause.en : r.clause.zh}</Tag>}
                  <Typography.Paragraph
                    style={{ margin: 0, fontSize: 12 }}
                    ellipsis={{ rows: 2, expandable: 'collapsible' }}
                  >
                    {r.termsText}
                  </Typography.Paragraph>
                </span>
              ),
            },
            {
              title: t('ip.access.deadline'),
              dataIndex: 'deadline',
              width: 140,
              render: (v: string | null) => formatInstant(v),
            },
            {
              title: t('ip.access.status'),
              key: 'status',
              width: 190,
              fixed: narrow ? undefined : 'right',
              render: (_, r) =>
                r.status === 'pending' && r.canDecide ? (
                  <Space size={4}>
                    <Button size="small" type="primary" onClick={() => decide(r, 'granted')}>
                      {t('ip.access.grant')}
                    </Button>
                    <Button size="small" danger onClick={() => decide(r, 'refused')}>
                      {t('ip.access.refuse')}
                    </Button>
                  </Space>
                ) : (
                  <span>
                    <Tag color={statusColors[r.status]}>{t(`ip.access.statuses.${r.status}`)}</Tag>
                    {r.decidedAt && (
                      <div style={{ fontSize: 12, color: '#8c8c8c' }}>{formatInstant(r.decidedAt)}</div>
                    )}
                    {r.decisionNote && <div style={{ fontSize: 12 }}>{r.decisionNote}</div>}
                  </span>
                ),
            },
          ]}
        />
      </PageState>
      {choosing && (
        <TargetPicker
          consortiumId={props.consortiumId}
          own={own}
          requesters={members.filter((m) => own.includes(m.value))}
          onClose={() => setChoosing(false)}
        />
      )}
    </>
  );
}

/** Picks what to ask access to (another member's background IP or result), then asks. */
function TargetPicker(props: {
  consortiumId: string;
  own: string[];
  requesters: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const background = useBackgroundIp(props.consortiumId);
  const results = useResults(props.consortiumId, {}, 1, 200);
  const [target, setTarget] = useState<{ kind: 'background' | 'result'; id: string; title: string } | null>(
    null,
  );
  const [picked, setPicked] = useState<string | undefined>();
  if (target)
    return (
      <AccessRequestModal
        consortiumId={props.consortiumId}
        requesters={props.requesters}
        target={target}
        onClose={props.onClose}
      />
    );
  const options = [
    {
      label: t('ip.background.title'),
      options: (background.data ?? [])
        .filter((b) => !props.own.includes(b.organisation.id))
        .map((b) => ({
          value: `background:${b.id}`,
          label: `${b.title}（${b.organisation.name}）`,
          title: b.title,
        })),
    },
    {
      label: t('resultsNav.results'),
      options: (results.data?.items ?? []).map((r) => ({
        value: `result:${r.id}`,
        label: r.title,
        title: r.title,
      })),
    },
  ];
  return (
    <Modal
      open
      title={t('ip.access.chooseTarget')}
      onCancel={props.onClose}
      okButtonProps={{ disabled: !picked }}
      onOk={() => {
        const [kind, id = ''] = (picked ?? '').split(':');
        const title = options.flatMap((g) => g.options).find((o) => o.value === picked)?.title ?? '';
        setTarget({ kind: kind === 'result' ? 'result' : 'background', id, title });
      }}
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        value={picked}
        onChange={setPicked}
        options={options}
        loading={background.isLoading || results.isLoading}
      />
    </Modal>
  );
}
