import type { DistributionRun } from '@huahe/contracts';
import { App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRunWrites } from './api';

const confirmProps = { 'data-testid': 'reverse-confirm' };

/** Reverses a posted run (never an edit): asks for the reason and confirms. */
export function ReverseModal(props: { run: DistributionRun; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const writes = useRunWrites();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!reason.trim()) return setError(t('distributions.reasonRequired'));
    try {
      const rev = await writes.reverse.mutateAsync({ runId: props.run.id, reason: reason.trim() });
      message.success(t('distributions.reversedDone'));
      props.onClose();
      void navigate(`/consortia/${rev.consortiumId}/distributions/${rev.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal
      open
      title={t('distributions.reverseTitle')}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('distributions.reverse')}
      okButtonProps={{ ...confirmProps, danger: true }}
      confirmLoading={writes.reverse.isPending}
    >
      <Typography.Paragraph>{t('distributions.reverseHint')}</Typography.Paragraph>
      <Input.TextArea
        value={reason}
        maxLength={2000}
        placeholder={t('distributions.reasonPlaceholder')}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
        status={error ? 'error' : undefined}
        autoSize={{ minRows: 2, maxRows: 5 }}
        data-testid="reverse-reason"
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Modal>
  );
}
