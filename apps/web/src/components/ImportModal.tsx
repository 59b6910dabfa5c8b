import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportResult } from '@huahe/contracts';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, download, uploadXlsx, uploadXlsxForFile } from '../api/client';

/** One problem of a rejected spreadsheet: row number (as in Excel), column and message. */
export interface RowProblem {
  key: number;
  row: number | null;
  field: string;
  message: string;
}

/** The message keys naming the spreadsheet columns (by their key in the template). */
const columnLabels: Record<string, string> = {
  nameZh: 'organisations.nameZh',
  nameEn: 'organisations.nameEn',
  shortName: 'organisations.shortName',
  uscc: 'organisations.uscc',
  kind: 'organisations.kind',
  regionCode: 'organisations.region',
  industryCode: 'organisations.industry',
  qualifications: 'organisations.qualifications',
  isSme: 'organisations.sme',
  profileTags: 'organisations.tags',
  profileZh: 'organisations.profileZh',
  profileEn: 'organisations.profileEn',
  website: 'organisations.website',
  address: 'organisations.address',
  legalRepresentative: 'organisations.legalRepresentative',
  role: 'consortia.role',
  tier: 'consortia.tier',
  joinedOn: 'consortia.joinedOn',
  joinReason: 'consortia.joinReason',
};

/** Reads `rows[5].uscc`-style detail paths into rows and fields. */
export function rowProblems(err: ApiError): RowProblem[] {
  return err.details.map((d, i) => {
    const m = /rows\[(\d+)\](?:\.(.+))?/.exec(d.path);
    return {
      key: i,
      row: m ? Number(m[1]) : null,
      field: m ? (m[2] ?? '') : d.path.replace(/^body\.?/, ''),
      message: d.message,
    };
  });
}

/**
 * Spreadsheet import: template download, file choice, upload. A rejected file shows its
 * row-by-row problems here and offers the annotated report; nothing is imported then.
 */
export function ImportModal(props: {
  title: string;
  templatePath: string;
  templateName: string;
  importPath: string;
  reportPath: string;
  reportName: string;
  onClose: () => void;
  onImported: (r: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'import' | 'report' | 'template' | null>(null);
  const [problems, setProblems] = useState<RowProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const run = async (what: 'import' | 'report' | 'template', fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const submit = () =>
    run('import', async () => {
      if (!file) return;
      setProblems(null);
      setFailure(null);
      try {
        const r = await uploadXlsx<ImportResult>(props.importPath, file);
        setResult(r);
        props.onImported(r);
      } catch (err) {
        if (err instanceof ApiError && err.status === 400) {
          setFailure(err.message);
          setProblems(rowProblems(err));
        } else throw err;
      }
    });

  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      width={720}
      footer={
        <Space wrap>
          <Button onClick={props.onClose}>{t(result ? 'common.close' : 'common.cancel')}</Button>
          {!result && (
            <Button type="primary" disabled={!file} loading={busy === 'import'} onClick={() => void submit()}>
              {t('import.start')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('import.intro')}
        </Typography.Paragraph>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'template'}
          onClick={() => void run('template', () => download(props.templatePath, props.templateName))}
        >
          {t('import.template')}
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setProblems(null);
            setFailure(null);
            setResult(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.choose')}</p>
        </Upload.Dragger>
        {result && (
          <Alert type="success" showIcon title={t('import.done', result)} data-testid="import-result" />
        )}
        {problems && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('import.rejected', { count: problems.length })}
              description={failure}
              action={
                <Button
                  size="small"
                  loading={busy === 'report'}
                  onClick={() =>
                    void run('report', () =>
                      file ? uploadXlsxForFile(props.reportPath, file, props.reportName) : Promise.resolve(),
                    )
                  }
                >
                  {t('import.report')}
                </Button>
              }
            />
            <Table<RowProblem>
              size="small"
              rowKey="key"
              dataSource={problems}
              pagination={problems.length > 10 ? { pageSize: 10 } : false}
              scroll={{ x: 560 }}
              tableLayout="fixed"
              data-testid="import-problems"
              columns={[
                {
                  title: t('import.row'),
                  dataIndex: 'row',
                  width: 72,
                  render: (v: number | null) => v ?? '-',
                },
                {
                  title: t('import.field'),
                  dataIndex: 'field',
                  width: 150,
                  render: (f: string) => {
                    const key = columnLabels[f];
                    return <span title={f}>{key ? t(key) : f}</span>;
                  },
                },
                {
                  title: t('import.problem'),
                  dataIndex: 'message',
                  render: (m: string) => <span style={{ wordBreak: 'break-word' }}>{m}</span>,
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
