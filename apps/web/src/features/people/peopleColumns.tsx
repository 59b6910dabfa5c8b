import type { Person } from '@huahe/contracts';
import { Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';

/** The columns people tables share; the organisation column only where people of many are listed. */
export function peopleColumns(t: TFunction, withOrganisation: boolean): TableColumnsType<Person> {
  return [
    {
      title: t('people.name'),
      key: 'name',
      width: 160,
      render: (_, p) => (
        <div>
          <div>{p.nameZh}</div>
          {p.nameEn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.nameEn}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: t('people.title'), dataIndex: 'title', width: 160, render: (v: string | null) => v ?? '-' },
    ...(withOrganisation
      ? [
          {
            title: t('people.organisation'),
            key: 'org',
            width: 220,
            render: (_: unknown, p: Person) => (
              <Link to={`/organisations/${p.organisationId}`}>{p.organisationName}</Link>
            ),
          },
        ]
      : []),
    { title: t('people.email'), dataIndex: 'email', width: 200, render: (v: string | null) => v ?? '-' },
    {
      title: t('people.expertise'),
      dataIndex: 'expertise',
      render: (e: string[]) => (
        <Space wrap size={[4, 4]}>
          {e.map((x) => (
            <Tag key={x}>{x}</Tag>
          ))}
        </Space>
      ),
    },
  ];
}
