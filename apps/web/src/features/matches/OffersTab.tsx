import {
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  RollbackOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { offerKindSchema, type Offer, type OfferKind } from '@huahe/contracts';
import { App, Button, Col, Input, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { useNarrow } from '../../components/useNarrow';
import { useSession } from '../auth/session';
import { useOffers, useOfferWrites, type OfferFilters } from './api';
import { ListingStatusTag, OrganisationLink, OfferKindTag, Trl, VisibilityTag } from './labels';
import { OfferFormModal } from './OfferFormModal';
import { mayPost, ownOrganisations } from './rights';

/** Edit, withdraw or reopen, and delete an offer (its organisation's staff). */
function OfferRowActions(props: { offer: Offer; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const w = useOfferWrites();
  const o = props.offer;
  const fail = (err: Error) => message.error(err.message);
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={props.onEdit}>
        {t('common.edit')}
      </Button>
      {o.status === 'open' ? (
        <Button
          type="link"
          size="small"
          icon={<StopOutlined />}
          onClick={() => w.close.mutate(o.id, { onError: fail })}
        >
          {t('matching.offers.withdraw')}
        </Button>
      ) : (
        <Button
          type="link"
          size="small"
          icon={<RollbackOutlined />}
          onClick={() => w.reopen.mutate(o.id, { onError: fail })}
        >
          {t('matching.reopen')}
        </Button>
      )}
      <Popconfirm
        title={t('matching.offers.confirmDelete')}
        onConfirm={() => w.remove.mutateAsync(o.id).catch(fail)}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The offers tab: results to license, services and capabilities, with their own filters. */
export function OffersTab() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const session = useSession().data;
  const own = ownOrganisations(session);
  const [filters, setFilters] = useState<OfferFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useOffers(filters, page, pageSize);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const set = (patch: Partial<OfferFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage(1);
  };
  const full = { width: '100%' };
  const anyEditable = (list.data?.items ?? []).some((o) => o.canEdit);

  return (
    <>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={10} xl={8}>
          <Input.Search
            allowClear
            placeholder={t('matching.offers.search')}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            data-testid="offer-search"
          />
        </Col>
        <Col xs={12} md={5} xl={3}>
          <Select<OfferKind>
            allowClear
            style={full}
            placeholder={t('matching.offers.kind')}
            value={filters.kind}
            onChange={(kind) => set({ kind })}
            options={offerKindSchema.options.map((k) => ({ value: k, label: t(`matching.offerKind.${k}`) }))}
          />
        </Col>
        <Col xs={12} md={5} xl={3}>
          <Select
            style={full}
            value={filters.status ?? 'open'}
            onChange={(status: OfferFilters['status']) =>
              set({ status: status === 'open' ? undefined : status })
            }
            options={(['open', 'closed', 'all'] as const).map((s) => ({
              value: s,
              label: t(`matching.offerStatus.${s}`),
            }))}
          />
        </Col>
        {own.length > 0 && (
          <Col xs={12} md={4} xl={4}>
            <Select
              style={full}
              value={filters.organisationId ?? ''}
              onChange={(v: string) => set({ organisationId: v || undefined })}
              popupMatchSelectWidth={false}
              options={[
                { value: '', label: t('matching.scope.all') },
                ...own.map((o) => ({
                  value: o.id,
                  label:
                    own.length === 1 ? t('matching.scope.mine') : t('matching.scope.org', { name: o.name }),
                })),
              ]}
            />
          </Col>
        )}
        <Col flex="auto" style={{ textAlign: narrow ? 'left' : 'right' }}>
          {mayPost(session) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="offer-create"
            >
              {t('matching.offers.create')}
            </Button>
          )}
        </Col>
      </Row>
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<Offer>
          rowKey="id"
          size="middle"
          data-testid="offers-table"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 980 }}
          locale={{ emptyText: t('matching.offers.none') }}
          expandable={{
            expandedRowRender: (o) => (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {o.description}
              </Typography.Paragraph>
            ),
          }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, ps) => {
            setPage(p);
            setPageSize(ps);
          })}
          columns={[
            {
              title: t('matching.offers.titleLabel'),
              key: 'title',
              width: narrow ? 200 : 280,
              render: (_, o) => (
                <div>
                  <Typography.Text strong>{o.title}</Typography.Text>
                  <div style={{ marginTop: 4 }}>
                    {o.tags.slice(0, 4).map((x) => (
                      <Tag key={x} style={{ marginBottom: 2 }}>
                        {x}
                      </Tag>
                    ))}
                  </div>
                </div>
              ),
            },
            {
              title: t('matching.offers.organisation'),
              key: 'organisation',
              width: 200,
              render: (_, o) => <OrganisationLink organisation={o.organisation} />,
            },
            {
              title: t('matching.offers.kind'),
              dataIndex: 'kind',
              width: 100,
              render: (k: OfferKind) => <OfferKindTag kind={k} />,
            },
            { title: 'TRL', dataIndex: 'trl', width: 84, render: (v: number | null) => <Trl trl={v} /> },
            {
              title: t('matching.visibilityLabel'),
              dataIndex: 'visibility',
              width: 100,
              render: (_, o) => <VisibilityTag visibility={o.visibility} />,
            },
            {
              title: t('matching.statusLabel'),
              dataIndex: 'status',
              width: 80,
              render: (_, o) => <ListingStatusTag status={o.status} offer />,
            },
            { title: t('matching.updatedAt'), dataIndex: 'updatedAt', width: 110, render: formatDate },
            ...(anyEditable
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 220,
                    render: (_: unknown, o: Offer) =>
                      o.canEdit ? <OfferRowActions offer={o} onEdit={() => setEditing(o)} /> : null,
                  },
                ]
              : []),
          ]}
        />
      </PageState>
      {editing && (
        <OfferFormModal offer={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
