import { DownloadOutlined, EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AgreementVersion, AgreementView } from '@huahe/contracts';
import {
  App,
  Button,
  Collapse,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../components/format';
import { download } from '../../../api/client';
import { useNarrow } from '../../../components/useNarrow';
import { agreementFiles, useSigningKeys } from '../api';
import { shortDigest, versionColors } from '../labels';
import { SignModal } from './SignModal';

type Row = AgreementVersion['parties'][number] & { signature?: AgreementVersion['signatures'][number] };

/** Versions with their digests and signatures; sign for one's organisation; download and verify bundles. */
export function VersionsTab(props: { view: AgreementView }) {
  const { t } = useTranslation();
  const v = props.view;
  const [signing, setSigning] = useState<{
    version: AgreementVersion;
    party: AgreementView['signableBy'][number];
  } | null>(null);
  const versions = [...v.versions].sort((a, b) => b.number - a.number);
  if (versions.length === 0)
    return <Empty description={t('agreements.versions.empty')} data-testid="versions-empty" />;
  const open = versions.filter((x) => x.status === 'signing' || x.status === 'effective').map((x) => x.id);
  return (
    <div data-testid="versions">
      <Collapse
        defaultActiveKey={open.length ? open : [versions[0]!.id]}
        items={versions.map((x) => ({
          key: x.id,
          label: (
            <Flex wrap gap={8} align="center" data-testid={`version-${x.number}-header`}>
              <Typography.Text strong>{t('agreements.versions.label', { number: x.number })}</Typography.Text>
              <Tag color={versionColors[x.status]} data-testid={`version-${x.number}-status`}>
                {t(`agreements.versions.status.${x.status}`)}
              </Tag>
              <Tag>{t(`agreements.versions.origin.${x.origin}`)}</Tag>
              <Typography.Text type="secondary" data-testid={`version-${x.number}-count`}>
                {t('agreements.versions.signedCount', {
                  signed: x.signatures.length,
                  total: x.parties.length,
                })}
              </Typography.Text>
            </Flex>
          ),
          children: (
            <VersionBody view={v} version={x} onSign={(party) => setSigning({ version: x, party })} />
          ),
        }))}
      />
      {signing && (
        <SignModal
          view={v}
          version={signing.version}
          party={signing.party}
          onClose={() => setSigning(null)}
          onSigned={() => undefined}
        />
      )}
    </div>
  );
}

function VersionBody(props: {
  view: AgreementView;
  version: AgreementVersion;
  onSign: (party: AgreementView['signableBy'][number]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const narrow = useNarrow();
  const keys = useSigningKeys();
  const x = props.version;
  const mine = props.view.signableBy.filter((s) => s.versionId === x.id);
  const rows: Row[] = x.parties.map((p) => ({
    ...p,
    signature: x.signatures.find((s) => s.partyId === p.partyId),
  }));
  const file = `agreement-v${x.number}.bundle.json`;
  const command =
    `huahe agreement verify ${file} ${(keys.data ?? []).map((k) => `--key ${k.fingerprint}`).join(' ')}`.trim();
  const bundle = async () => {
    try {
      await download(agreementFiles.bundle(props.view.id, x.id), file);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'digest',
            label: t('agreements.versions.digest'),
            span: 'filled',
            children: (
              <Typography.Text
                code
                copyable
                style={{ wordBreak: 'break-all' }}
                data-testid={`version-${x.number}-digest`}
              >
                {x.digest}
              </Typography.Text>
            ),
          },
          { key: 'created', label: t('agreements.versions.created'), children: formatInstant(x.createdAt) },
          {
            key: 'effective',
            label: t('agreements.versions.effectiveAt'),
            children: formatInstant(x.effectiveAt),
          },
        ]}
      />
      <Progress
        percent={Math.round((x.signatures.length / Math.max(1, x.parties.length)) * 100)}
        format={() => `${x.signatures.length}/${x.parties.length}`}
        status={x.status === 'effective' ? 'success' : 'active'}
      />
      {mine.length > 0 && (
        <Space wrap>
          {mine.map((s) => (
            <Button
              key={s.partyId}
              type="primary"
              icon={<EditOutlined />}
              onClick={() => props.onSign(s)}
              data-testid="sign-button"
            >
              {t('agreements.sign.button', { name: s.organisationName })}
            </Button>
          ))}
        </Space>
      )}
      <Table<Row>
        size="small"
        rowKey="partyId"
        dataSource={rows}
        data-testid={`version-${x.number}-signatures`}
        pagination={rows.length > 30 ? { pageSize: 30 } : false}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('agreements.versions.party'),
            dataIndex: 'name',
            key: 'name',
            fixed: narrow ? undefined : 'left',
            width: 240,
            ellipsis: true,
          },
          {
            title: t('agreements.versions.signed'),
            key: 'signed',
            width: 90,
            render: (_: unknown, r) =>
              r.signature ? (
                <Tag color="success">{t('agreements.versions.yes')}</Tag>
              ) : (
                <Tag>{t('agreements.versions.no')}</Tag>
              ),
          },
          {
            title: t('agreements.versions.signer'),
            key: 'signer',
            render: (_: unknown, r) =>
              r.signature ? (
                <>
                  <div>{r.signature.signerName}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.signature.signerEmail}
                  </Typography.Text>
                </>
              ) : (
                '-'
              ),
          },
          {
            title: t('agreements.versions.signedAt'),
            key: 'at',
            width: 150,
            render: (_: unknown, r) => formatInstant(r.signature?.signedAt),
          },
          {
            title: t('agreements.versions.signedDigest'),
            key: 'digest',
            width: 180,
            render: (_: unknown, r) =>
              r.signature ? (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {shortDigest(r.signature.digest)}
                </Typography.Text>
              ) : (
                '-'
              ),
          },
        ]}
      />
      {x.signatures.length > 0 && (
        <div data-testid="verify">
          <Space wrap style={{ marginBottom: 8 }}>
            <Button icon={<DownloadOutlined />} onClick={() => void bundle()} data-testid="download-bundle">
              {t('agreements.versions.bundle')}
            </Button>
            <Typography.Text type="secondary">
              <SafetyCertificateOutlined /> {t('agreements.versions.verifyHelp')}
            </Typography.Text>
          </Space>
          <Typography.Paragraph
            code
            copyable={{ text: command }}
            style={{ wordBreak: 'break-all', fontSize: 12 }}
            data-testid="verify-command"
          >
            {command}
          </Typography.Paragraph>
        </div>
      )}
    </Space>
  );
}
