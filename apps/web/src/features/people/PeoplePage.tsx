import type { Person } from '@huahe/contracts';
import { Card, Col, Input, Row, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { PageState } from '../../components/PageState';
import { serverPagination } from '../../components/pagination';
import { OrganisationSelect } from '../../components/RecordSelect';
import { qs } from '../../api/client';
import { usePeople } from './api';
import { peopleColumns } from './peopleColumns';

/** The people directory: search by name or expertise, narrow to one organisation, export. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [q, setQ] = useState<string | undefined>();
  const [organisationId, setOrganisationId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = usePeople({ q, organisationId }, page, pageSize);
  return (
    <Card
      title={t('people.pageTitle')}
      extra={
        <ExportButton path={`/api/people/export.xlsx${qs({ q, organisationId })}`} fileName="people.xlsx" />
      }
    >
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={10}>
          <Input.Search
            allowClear
            placeholder={t('people.search')}
            onSearch={(v) => {
              setQ(v || undefined);
              setPage(1);
            }}
          />
        </Col>
        <Col xs={24} md={10}>
          <OrganisationSelect
            value={organisationId}
            placeholder={t('people.byOrganisation')}
            onChange={(v) => {
              setOrganisationId(v);
              setPage(1);
            }}
          />
        </Col>
      </Row>
      <PageState error={list.error} onRetry={() => void list.refetch()}>
        <Table<Person>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('people.none') }}
          pagination={serverPagination(t, { page, pageSize, total: list.data?.total }, (p, s) => {
            setPage(p);
            setPageSize(s);
          })}
          columns={peopleColumns(t, true)}
        />
      </PageState>
    </Card>
  );
}
