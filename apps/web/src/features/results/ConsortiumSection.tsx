import { Card, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { useConsortium } from '../consortia/api';

/** The pages of a consortium's results and commercialisation, in the order of the work. */
export const SECTIONS = ['results', 'ip', 'deals', 'distributions', 'statements', 'what-if'] as const;
export type Section = (typeof SECTIONS)[number];

const labelKey: Record<Section, string> = {
  results: 'resultsNav.results',
  ip: 'resultsNav.ip',
  deals: 'resultsNav.deals',
  distributions: 'resultsNav.distributions',
  statements: 'resultsNav.statements',
  'what-if': 'resultsNav.whatIf',
};

/** The address of a section of a consortium. */
export const sectionPath = (consortiumId: string, s: Section) => `/consortia/${consortiumId}/${s}`;

/** The consortium's name and the tabs between its results, IP, deals, distributions, statements and what-if. */
export function ConsortiumSection(props: { consortiumId: string; active: Section; children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = useConsortium(props.consortiumId).data;
  const name = c ? (lang === 'en' && c.nameEn ? c.nameEn : c.nameZh) : '…';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('resultsNav.consortium')}
        </Typography.Text>
        <Typography.Title level={4} style={{ margin: '0 0 4px' }} ellipsis={{ tooltip: name }}>
          <Link to={`/consortia/${props.consortiumId}`} data-testid="section-consortium">
            {name}
          </Link>
        </Typography.Title>
        <Tabs
          activeKey={props.active}
          data-testid="section-tabs"
          style={{ marginBottom: 0 }}
          items={SECTIONS.map((s) => ({
            key: s,
            label: (
              <Link to={sectionPath(props.consortiumId, s)} style={{ color: 'inherit' }}>
                {t(labelKey[s])}
              </Link>
            ),
          }))}
        />
      </Card>
      {props.children}
    </div>
  );
}
