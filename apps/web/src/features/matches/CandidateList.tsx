import { ShareAltOutlined } from '@ant-design/icons';
import { organisationKinds, type MatchCandidate, type OrganisationKind } from '@huahe/contracts';
import { Button, Col, Empty, Row, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { kindLabel, regionLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { PageState } from '../../components/PageState';
import type { CandidateFilters } from './api';
import { MatchStatusTag, nameIn } from './labels';
import { barScale, ReasonList, ScoreBar } from './Reasons';

/** The filter bar of a ranking: organisation kinds, region, required tags, how many. */
export function CandidateFilterBar(props: {
  value: CandidateFilters & { regionCode?: string };
  onChange: (v: CandidateFilters & { regionCode?: string }) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = props.value;
  const set = (patch: Partial<CandidateFilters & { regionCode?: string }>) =>
    props.onChange({ ...f, ...patch });
  const full = { width: '100%' };
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="candidate-filters">
      <Col xs={24} md={9}>
        <Select<OrganisationKind[]>
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          maxTagCount="responsive"
          style={full}
          placeholder={t('matching.filters.kind')}
          value={f.kind ?? []}
          onChange={(kind) => set({ kind })}
          options={organisationKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))}
          data-testid="candidate-kind"
        />
      </Col>
      <Col xs={12} md={5}>
        <LazyRegionCascader
          style={full}
          placeholder={t('matching.filters.region')}
          value={f.regionCode}
          onChange={(code) => set({ regionCode: code ?? undefined })}
        />
      </Col>
      <Col xs={12} md={6}>
        <Select<string[]>
          mode="tags"
          allowClear
          maxTagCount="responsive"
          style={full}
          placeholder={t('matching.filters.tags')}
          value={f.tags ?? []}
          onChange={(tags) => set({ tags: tags.map((x) => x.trim()).filter(Boolean) })}
          tokenSeparators={[',', '，']}
          open={false}
          suffixIcon={null}
        />
      </Col>
      <Col xs={24} md={4}>
        <Select<number>
          style={full}
          value={f.top}
          onChange={(top) => set({ top })}
          options={[5, 10, 20, 50].map((n) => ({ value: n, label: t('matching.filters.top', { n }) }))}
        />
      </Col>
    </Row>
  );
}

/** One ranked candidate: who, how well (a bar of its reasons), why, and the match made or to make. */
function CandidateItem(props: {
  c: MatchCandidate;
  scale: number;
  onIntroduce?: (c: MatchCandidate) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = props.c;
  const o = c.organisation;
  const region = regionLabel(o.regionCode, lang);
  return (
    <div
      data-testid="candidate"
      data-rank={c.rank}
      data-organisation={o.nameZh}
      style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div
          aria-label={t('matching.rank', { rank: c.rank })}
          style={{
            flex: 'none',
            width: 28,
            height: 28,
            borderRadius: 14,
            background: c.rank === 1 ? '#1677ff' : '#f0f0f0',
            color: c.rank === 1 ? '#fff' : 'inherit',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontWeight: 600,
          }}
        >
          {c.rank}
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/organisations/${o.id}`} data-testid="candidate-name" style={{ fontWeight: 600 }}>
                {nameIn(o, lang)}
              </Link>
              {o.isExample && <ExampleTag />}
              <div style={{ marginTop: 2 }}>
                <Tag>{kindLabel(o.kind, lang)}</Tag>
                {region && <Typography.Text type="secondary">{region}</Typography.Text>}
              </div>
            </div>
            <Space size={4} wrap>
              {c.match ? (
                <Link to={`/matches/${c.match.id}`} data-testid="candidate-match">
                  <MatchStatusTag status={c.match.status} />
                </Link>
              ) : (
                props.onIntroduce && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    icon={<ShareAltOutlined />}
                    onClick={() => props.onIntroduce?.(c)}
                    data-testid="introduce"
                  >
                    {t('matching.introduce')}
                  </Button>
                )
              )}
            </Space>
          </div>
          <div style={{ margin: '8px 0 4px', maxWidth: 520 }}>
            <ScoreBar reasons={c.reasons} score={c.score} scale={props.scale} />
          </div>
          <ReasonList reasons={c.reasons} limit={c.rank <= 3 ? undefined : 3} />
        </div>
      </div>
    </div>
  );
}

/** A ranking of candidates with their reasons; loading, error and empty states included. */
export function CandidateList(props: {
  data: { items: MatchCandidate[]; profiles: number } | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onIntroduce?: (c: MatchCandidate) => void;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  if (props.loading && !props.data) return <PageState loading />;
  if (props.error) return <PageState error={props.error} onRetry={props.onRetry} />;
  const items = props.data?.items ?? [];
  if (items.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={props.emptyText ?? t('matching.noCandidates')}
      />
    );
  const scale = barScale(items);
  return (
    <div data-testid="candidates" style={{ opacity: props.loading ? 0.6 : 1 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('matching.searched', { profiles: props.data?.profiles ?? 0 })}
      </Typography.Text>
      {items.map((c) => (
        <CandidateItem key={c.organisation.id} c={c} scale={scale} onIntroduce={props.onIntroduce} />
      ))}
    </div>
  );
}
