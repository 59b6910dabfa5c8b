import type { DealKind, RevenueEvent } from '@huahe/contracts';
import { Alert, App, Descriptions, Input, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLang } from '../../app/i18n';
import { factorsOf, useEffectiveAgreement, useRunWrites, useWhatIf } from './api';
import { FactorScores, missingScores, scoresOf, type ScoreGrid } from './FactorScores';
import { Money } from './Money';

const submitProps = { 'data-testid': 'run-submit' };

/**
 * Runs the agreement's revenue-sharing method on a revenue event's net income and posts the ledger
 * lines. Where the method needs factor scores they are entered here; whatever the API refuses is shown
 * as it explains it (which field, why).
 */
export function RunModal(props: {
  consortiumId: string;
  event: RevenueEvent;
  dealKind: DealKind;
  onClose: () => void;
  onPosted: (runId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const agreement = useEffectiveAgreement(props.consortiumId);
  const preview = useWhatIf(props.consortiumId, { amount: props.event.netIncome, dealKind: props.dealKind });
  const writes = useRunWrites();
  const [grid, setGrid] = useState<ScoreGrid>({});
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const factors = factorsOf(agreement.data?.agreement);
  const parties = preview.data?.parties ?? [];
  const own = preview.data?.methods.find((m) => m.isAgreementMethod);
  const loading = agreement.isLoading || preview.isLoading;

  const submit = async () => {
    setProblems([]);
    try {
      const run = await writes.run.mutateAsync({
        revenueEventId: props.event.id,
        factorScores: factors.length ? scoresOf(grid) : undefined,
        note: note.trim() || null,
      });
      message.success(t('distributions.posted'));
      props.onPosted(run.id);
    } catch (err) {
      if (err instanceof ApiError && err.details.length) setProblems(err.details.map((d) => d.message));
      else setProblems([err instanceof Error ? err.message : String(err)]);
    }
  };

  return (
    <Modal
      open
      width={factors.length ? 860 : 600}
      title={t('distributions.runTitle')}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('distributions.post')}
      okButtonProps={{ ...submitProps, disabled: loading || !agreement.data }}
      confirmLoading={writes.run.isPending}
    >
      {loading ? (
        <Spin />
      ) : !agreement.data ? (
        <Alert type="warning" showIcon title={t('distributions.noAgreement')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'net',
                label: t('deals.netIncome'),
                children: <Money value={props.event.netIncome} strong testId="run-net-income" />,
              },
              {
                key: 'method',
                label: t('distributions.method'),
                children: (
                  <span>
                    {own?.label ?? '-'}{' '}
                    {own?.clause && (
                      <Tag color="blue">
                        {t('results.clauseOf', {
                          clause: lang === 'en' ? own.clause.en : own.clause.zh,
                          version: agreement.data.number,
                        })}
                      </Tag>
                    )}
                  </span>
                ),
              },
              { key: 'parties', label: t('distributions.parties'), children: parties.length },
            ]}
          />
          <Typography.Text type="secondary">{t('distributions.runHint')}</Typography.Text>
          {factors.length > 0 && (
            <>
              <Typography.Text strong>{t('distributions.scores.title')}</Typography.Text>
              <FactorScores
                factors={factors}
                parties={parties}
                value={grid}
                onChange={setGrid}
                height={280}
              />
              {missingScores(grid, factors, parties) > 0 && (
                <Typography.Text type="secondary">{t('distributions.scores.serverChecks')}</Typography.Text>
              )}
            </>
          )}
          <Input.TextArea
            placeholder={t('distributions.notePlaceholder')}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            autoSize={{ minRows: 1, maxRows: 4 }}
          />
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              data-testid="run-errors"
              title={t('distributions.refused')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              }
            />
          )}
        </Space>
      )}
    </Modal>
  );
}
