import { AuditOutlined, FileProtectOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { PartnerEntry } from '../matches/PartnerEntry';
import { ResultLinks } from '../results/ResultLinks';
import { useConsortium } from './api';
import { ConsortiumCharts } from './ConsortiumCharts';
import { ConsortiumHeader } from './ConsortiumHeader';
import { ConsortiumStats } from './ConsortiumStats';
import { MembersCard } from './MembersCard';

/** One consortium: header, statistics, charts and the member table. */
export function ConsortiumDetail(props: { id: string; publicMode?: boolean }) {
  const { t } = useTranslation();
  const q = useConsortium(props.id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ConsortiumHeader
        consortium={c}
        publicMode={props.publicMode}
        extra={
          !props.publicMode && (
            <Space wrap>
              <PartnerEntry consortium={c} />
              <Link to={`/consortia/${c.id}/agreement`} data-testid="agreement-link">
                <Button type="primary" icon={<FileProtectOutlined />}>
                  {t('agreements.entry')}
                </Button>
              </Link>
            </Space>
          )
        }
      />
      {!props.publicMode && <ResultLinks consortiumId={c.id} />}
      <ConsortiumStats consortium={c} />
      <ConsortiumCharts consortium={c} />
      <MembersCard consortium={c} publicMode={props.publicMode} />
      {!props.publicMode && (
        <Link to={`/audit?consortiumId=${c.id}`}>
          <Button icon={<AuditOutlined />}>{t('consortia.auditTrail')}</Button>
        </Link>
      )}
    </Space>
  );
}
