import {
  AccountBookOutlined,
  BarChartOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sectionPath, type Section } from './ConsortiumSection';

const entries: { section: Section; label: string; icon: ReactNode }[] = [
  { section: 'results', label: 'resultsNav.results', icon: <ExperimentOutlined /> },
  { section: 'ip', label: 'resultsNav.ip', icon: <SafetyCertificateOutlined /> },
  { section: 'deals', label: 'resultsNav.deals', icon: <ShopOutlined /> },
  { section: 'distributions', label: 'resultsNav.distributions', icon: <AccountBookOutlined /> },
  { section: 'statements', label: 'resultsNav.statements', icon: <FileTextOutlined /> },
  { section: 'what-if', label: 'resultsNav.whatIf', icon: <BarChartOutlined /> },
];

/** The consortium page's way into its results, IP, deals, distributions, statements and what-if. */
export function ResultLinks(props: { consortiumId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('resultsNav.title')} data-testid="result-links">
      <Space wrap>
        {entries.map((e) => (
          <Link
            key={e.section}
            to={sectionPath(props.consortiumId, e.section)}
            data-testid={`link-${e.section}`}
          >
            <Button icon={e.icon}>{t(e.label)}</Button>
          </Link>
        ))}
      </Space>
    </Card>
  );
}
