import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Loading, error and empty states shared by every page. */
export function PageState(props: {
  loading?: boolean;
  error?: unknown;
  empty?: boolean;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (props.loading) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }} role="status">
        <Spin description={t('common.loading')} size="large">
          <div style={{ minHeight: 80 }} />
        </Spin>
      </div>
    );
  }
  if (props.error) {
    if (props.error instanceof ApiError && props.error.status === 404) {
      return <Result status="404" title="404" subTitle={t('errors.notFound')} />;
    }
    const message = props.error instanceof Error ? props.error.message : t('errors.unknown');
    return (
      <Alert
        type="error"
        showIcon
        title={t('errors.loadFailed')}
        description={message}
        action={props.onRetry ? <Button onClick={props.onRetry}>{t('common.retry')}</Button> : undefined}
      />
    );
  }
  if (props.empty) return <Empty description={t('common.empty')} />;
  return <>{props.children}</>;
}
