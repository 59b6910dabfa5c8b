import { FilePdfOutlined } from '@ant-design/icons';
import type { AgreementView, RenderedAgreement } from '@huahe/contracts';
import { Alert, App, Button, Card, Col, Flex, Row, Segmented, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../components/format';
import { useSearchParams } from 'react-router';
import { download } from '../../../api/client';
import { useLang, type UiLang } from '../../../app/i18n';
import { PageState } from '../../../components/PageState';
import { agreementFiles, useAgreementText } from '../api';
import { shortDigest, versionColors } from '../labels';

const DRAFT = 'draft';

/** The agreement as legal text (draft or a version, Chinese or English), rendered from its data, with a PDF. */
export function AgreementText(props: { view: AgreementView }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const v = props.view;
  const effective = v.versions.find((x) => x.status === 'effective');
  const [versionKey, setVersionKey] = useState<string>(params.get('version') ?? effective?.id ?? DRAFT);
  const [lang, setLang] = useState<UiLang>(uiLang);
  const versionId = versionKey === DRAFT ? undefined : versionKey;
  const version = v.versions.find((x) => x.id === versionId);
  const q = useAgreementText(v.id, lang, versionId);
  const [downloading, setDownloading] = useState(false);
  const clause = params.get('clause');
  const askedVersion = params.get('version');

  // A clause cited by a motion opens the version that decided it.
  useEffect(() => {
    if (askedVersion) setVersionKey(askedVersion);
  }, [askedVersion]);

  useEffect(() => {
    if (!clause || !q.data) return;
    document.getElementById(`clause-${clause}`)?.scrollIntoView({ block: 'center' });
  }, [clause, q.data]);

  const pdf = async () => {
    setDownloading(true);
    try {
      await download(agreementFiles.pdf(v.id, lang, versionId), 'agreement.pdf');
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <div data-testid="agreement-text-tab">
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Select
            value={versionKey}
            onChange={setVersionKey}
            style={{ minWidth: 220 }}
            data-testid="text-version"
            options={[
              { value: DRAFT, label: t('agreements.text.draft') },
              ...[...v.versions]
                .sort((a, b) => b.number - a.number)
                .map((x) => ({
                  value: x.id,
                  label: `${t('agreements.versions.label', { number: x.number })} · ${t(`agreements.versions.status.${x.status}`)}`,
                })),
            ]}
          />
          <Segmented<UiLang>
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Flex>
        <Button
          icon={<FilePdfOutlined />}
          onClick={() => void pdf()}
          loading={downloading}
          data-testid="download-pdf"
        >
          {t('agreements.text.pdf')}
        </Button>
      </Flex>
      {version ? (
        <Alert
          type={version.status === 'effective' ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span>
              <Tag color={versionColors[version.status]}>
                {t(`agreements.versions.status.${version.status}`)}
              </Tag>
              {t('agreements.text.versionNote', { number: version.number })}
            </span>
          }
          description={
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              SHA-256 {version.digest}
            </Typography.Text>
          }
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('agreements.text.draftNote')}
          description={
            <Typography.Text code style={{ wordBreak: 'break-all' }}>
              SHA-256 {v.draftDigest}
            </Typography.Text>
          }
        />
      )}
      {q.isLoading || q.error || !q.data ? (
        <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <LegalText text={q.data} view={v} versionId={versionId} highlight={clause} />
      )}
    </div>
  );
}

/** The rendered text laid out like a contract: title, parties, recitals, articles, signature blocks. */
function LegalText(props: {
  text: RenderedAgreement;
  view: AgreementView;
  versionId: string | undefined;
  highlight: string | null;
}) {
  const { t } = useTranslation();
  const r = props.text;
  const en = r.locale === 'en';
  const signatures = props.view.versions.find((x) => x.id === props.versionId)?.signatures ?? [];
  const para = { marginBottom: 8, lineHeight: 1.9, textAlign: 'justify' as const };
  return (
    <Card
      data-testid="agreement-text"
      style={{
        maxWidth: 900,
        margin: '0 auto',
        fontFamily: en ? undefined : '"Songti SC", "SimSun", "Noto Serif CJK SC", serif',
      }}
      styles={{ body: { padding: 'clamp(16px, 4vw, 48px)' } }}
    >
      <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }} data-testid="text-title">
        {r.title}
      </Typography.Title>
      {r.preamble.parties.map((p) => (
        <div key={p.partyId} style={{ marginBottom: 12 }}>
          {p.lines.map((l, i) => (
            <div key={i} style={{ lineHeight: 1.8, fontWeight: i === 0 ? 600 : undefined }}>
              {l}
            </div>
          ))}
        </div>
      ))}
      {r.preamble.recitals.map((x, i) => (
        <Typography.Paragraph key={i} style={{ ...para, textIndent: en ? undefined : '2em' }}>
          {x}
        </Typography.Paragraph>
      ))}
      {r.articles.map((a) => (
        <section key={a.key} id={`article-${a.key}`}>
          <Typography.Title level={5} style={{ textAlign: en ? 'left' : 'center', marginTop: 24 }}>
            {a.heading}
          </Typography.Title>
          {a.clauses.map((c) => (
            <div
              key={c.key}
              id={`clause-${c.key}`}
              data-ref={c.ref}
              style={{
                ...para,
                background: props.highlight === c.key ? '#fffbe6' : undefined,
                borderRadius: 4,
              }}
            >
              <span style={{ fontWeight: 600, marginRight: 6 }}>{a.clauses.length > 1 ? c.label : ''}</span>
              {c.text}
              {c.items.map((it, i) => (
                <div key={i} style={{ paddingLeft: '2em' }}>
                  {it.label} {it.text}
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
      <Typography.Title level={5} style={{ marginTop: 32 }}>
        {t('agreements.text.signatures')}
      </Typography.Title>
      <Row gutter={[16, 16]} data-testid="signature-blocks">
        {r.signatures.map((s) => {
          const sig = signatures.find((x) => x.partyId === s.partyId);
          return (
            <Col xs={24} md={12} key={s.partyId}>
              <Card size="small" style={{ height: '100%' }}>
                <div style={{ fontWeight: 600 }}>
                  {s.designation}
                  {en ? ': ' : '：'}
                  {s.legalName}
                </div>
                {sig ? (
                  <>
                    <div>{t('agreements.text.signedBy', { name: sig.signerName })}</div>
                    <div>{t('agreements.text.signedAt', { at: formatInstant(sig.signedAt) })}</div>
                    <Typography.Text type="secondary" code>
                      {shortDigest(sig.digest)}
                    </Typography.Text>
                  </>
                ) : (
                  s.lines.slice(1).map((l, i) => (
                    <div key={i} style={{ color: 'rgba(0,0,0,0.55)' }}>
                      {l}
                    </div>
                  ))
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
